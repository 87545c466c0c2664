package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Name;
import java.util.List;
import java.util.Objects;

/** A group of methods on the client; {@code name} is unique among resources. */
public record PlanResource(Name name, List<PlanOperation> operations) {
  public PlanResource {
    Objects.requireNonNull(name, "name == null");
    operations = List.copyOf(operations);
  }
}
