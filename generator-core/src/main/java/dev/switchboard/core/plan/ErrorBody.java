package dev.switchboard.core.plan;

import dev.switchboard.core.ir.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * An error response: its status ({@code "404"}, {@code "4XX"} or {@code "default"}) and, when it
 * has a JSON body, that body's type.
 */
public record ErrorBody(String status, Optional<TypeRef> type) {
  public ErrorBody {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(type, "type == null");
  }
}
