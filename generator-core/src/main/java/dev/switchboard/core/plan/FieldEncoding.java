package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Parameter;
import java.util.Objects;
import java.util.Optional;

/**
 * How one field of a form or multipart body is written, by its wire name. {@code style} and
 * {@code explode} say how a form writes an array or object: {@code FORM} with explode repeats the
 * key per item ({@code a=1&a=2}) and writes an object's properties as their own keys; {@code FORM}
 * without explode, {@code SPACE_DELIMITED} and {@code PIPE_DELIMITED} join items into one value;
 * {@code DEEP_OBJECT} writes brackets, objects by key and arrays by index
 * ({@code metadata[key]=v}, {@code expand[0]=a}). {@code contentType} is the part's media type in
 * multipart bodies.
 */
public record FieldEncoding(String field, Optional<Parameter.Style> style, boolean explode, Optional<String> contentType) {
  public FieldEncoding {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(style, "style == null");
    Objects.requireNonNull(contentType, "contentType == null");
    if (style.isEmpty() && contentType.isEmpty()) {
      throw new IllegalArgumentException("an encoding of " + field + " says nothing");
    }
  }

  /**
   * The runtimes' one word for how the field's arrays and objects are written: {@code deep},
   * {@code ssv}, {@code pipes}, {@code form} (exploded) or {@code csv}; empty for a multipart part
   * with only a content type. Every language's runtime reads the same words.
   */
  public Optional<String> formStyle() {
    return style.map(s -> switch (s) {
      case DEEP_OBJECT -> "deep";
      case SPACE_DELIMITED -> "ssv";
      case PIPE_DELIMITED -> "pipes";
      default -> explode ? "form" : "csv";
    });
  }
}
