package dev.switchboard.core.readme;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.ExampleValue;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Result;
import java.util.List;
import java.util.Objects;

/**
 * One example call in a README: the operation (its IR id, resource and method names), the
 * sentence that says what it does (Markdown), whether it is deprecated, the value given to each
 * required input (the plan's example, in input order) and what it returns.
 */
@JsonPropertyOrder({"operation", "resource", "method", "summary", "deprecated", "arguments", "result"})
public record Call(String operation, Name resource, Name method, String summary, boolean deprecated,
    List<Argument> arguments, Result result) {
  public Call {
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(resource, "resource == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(result, "result == null");
    arguments = List.copyOf(arguments);
  }

  /** A required input of the call and the example value it is given. */
  @JsonPropertyOrder({"name", "wire", "location", "example"})
  public record Argument(Name name, String wire, Input.Location location, ExampleValue example) {
    public Argument {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(wire, "wire == null");
      Objects.requireNonNull(location, "location == null");
      Objects.requireNonNull(example, "example == null");
    }
  }
}
