package dev.switchboard.core.ir;

import java.util.List;
import java.util.Objects;

/** A request body; {@code contents} is ordered JSON, form, multipart, binary, text (spec order within each), the first preferred. */
public record RequestBody(boolean required, Docs docs, List<BodyContent> contents) {
  public RequestBody {
    Objects.requireNonNull(docs, "docs == null");
    contents = List.copyOf(contents);
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("contents is empty");
    }
  }

  public BodyContent preferred() {
    return contents.get(0);
  }
}
