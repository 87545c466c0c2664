package dev.switchboard.core.ir;

import java.util.List;
import java.util.Objects;

/** A group of operations, from a tag or, without tags, the first path segment. */
public record Resource(Name name, Docs docs, List<Operation> operations) {
  public Resource {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(docs, "docs == null");
    operations = List.copyOf(operations);
  }
}
