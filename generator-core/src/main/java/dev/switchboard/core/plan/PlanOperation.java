package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation as an SDK method. {@code id} refers to the IR operation; {@code method} is the
 * neutral method name, unique in its resource. {@code inputs} are ordered: path parameters in
 * path order, then query, header and cookie parameters, then the body or its fields.
 * {@code body} describes how the body is sent; it is empty when there is none or it is not sent
 * ({@code bodyDropped}). {@code security} lists alternatives, each a set of scheme names applied
 * together (an empty set means anonymous); {@code server} overrides the API's servers.
 * {@code requireOneOf} lists groups of inputs, by wire name, of which a call must give at least
 * one; every SDK refuses a call that gives none of a group before sending it.
 */
public record PlanOperation(
    String id,
    Name method,
    String httpMethod,
    String path,
    List<Input> inputs,
    Optional<BodyPlan> body,
    boolean bodyDropped,
    Result result,
    List<ErrorBody> errors,
    Optional<String> idempotencyHeader,
    List<List<String>> security,
    Optional<String> server,
    boolean deprecated,
    List<List<String>> requireOneOf) {
  public PlanOperation {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(httpMethod, "httpMethod == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(result, "result == null");
    inputs = List.copyOf(inputs);
    errors = List.copyOf(errors);
    security = security.stream().map(List::copyOf).toList();
    requireOneOf = requireOneOf.stream().map(List::copyOf).toList();
  }

  /** The inputs of one {@code requireOneOf} group, in the group's order. */
  public List<Input> group(List<String> wires) {
    return wires.stream().flatMap(w -> inputs.stream().filter(i -> i.wire().equals(w)).limit(1)).toList();
  }

  /** The inputs at {@code location}, in order. */
  public List<Input> inputs(Input.Location location) {
    return inputs.stream().filter(i -> i.location() == location).toList();
  }

  /** True when a caller must pass at least one input. */
  @JsonIgnore
  public boolean hasRequiredInputs() {
    return inputs.stream().anyMatch(Input::required);
  }

  /**
   * How the request body is sent: its media type, whether its properties are inputs
   * ({@code flattened}, with the object's id in {@code type}) and whether it must be sent: true
   * when the spec requires it or when any of its flattened fields is required. {@code encodings}
   * say how the fields of a form or multipart body are written, for those that need it.
   */
  public record BodyPlan(String mediaType, MediaKind kind, TypeRef type, boolean flattened, boolean required,
      List<FieldEncoding> encodings) {
    public BodyPlan {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(type, "type == null");
      encodings = List.copyOf(encodings);
    }

    /** The encoding of the field with this wire name, if it has one. */
    public Optional<FieldEncoding> encoding(String field) {
      return encodings.stream().filter(e -> e.field().equals(field)).findFirst();
    }
  }
}
