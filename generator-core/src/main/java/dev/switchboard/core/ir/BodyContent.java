package dev.switchboard.core.ir;

import java.util.List;
import java.util.Objects;

/** One media type of a request body, with per-property encodings for form and multipart. */
public record BodyContent(String mediaType, MediaKind kind, TypeRef type, List<Encoding> encodings) {
  public BodyContent {
    Objects.requireNonNull(mediaType, "mediaType == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(type, "type == null");
    encodings = List.copyOf(encodings);
  }

  /**
   * How one property of a form or multipart body is written, as the spec's {@code encoding} says.
   * {@code style} is absent when the spec gives none; {@code explode} has OpenAPI's default applied
   * (true for {@code form}, false for the other styles).
   */
  public record Encoding(String property, java.util.Optional<String> contentType,
      java.util.Optional<Parameter.Style> style, boolean explode) {
    public Encoding {
      java.util.Objects.requireNonNull(property, "property == null");
      java.util.Objects.requireNonNull(contentType, "contentType == null");
      java.util.Objects.requireNonNull(style, "style == null");
    }
  }
}
