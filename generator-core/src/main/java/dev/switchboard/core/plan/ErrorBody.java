package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.switchboard.core.ir.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An error response: its status ({@code "404"}, {@code "4XX"} or {@code "default"}), when it has a
 * JSON body, that body's type, and where in the body the API keeps its own error {@code code} and
 * {@code message} (paths of wire names, empty when the body has none).
 */
public record ErrorBody(String status, Optional<TypeRef> type, List<String> code, List<String> message) {
  public ErrorBody {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(type, "type == null");
    code = List.copyOf(code);
    message = List.copyOf(message);
  }

  /** The status as every runtime looks it up: {@code "404"}, {@code "4XX"} or {@code "default"}. */
  @JsonIgnore
  public String statusKey() {
    return status.equalsIgnoreCase("default") ? "default" : status.toUpperCase(Locale.ROOT);
  }

  public ErrorBody(String status, Optional<TypeRef> type) {
    this(status, type, List.of(), List.of());
  }
}
