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
   * How one property of a form or multipart body is written. {@code explode} true repeats the key
   * once per array item; false joins items with commas.
   */
  public record Encoding(String property, java.util.Optional<String> contentType, boolean explode) {}
}
