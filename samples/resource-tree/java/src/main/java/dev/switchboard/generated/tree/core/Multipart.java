package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds a {@code multipart/form-data} body. Not part of the public API. */
public final class Multipart {
  private final String boundary = "switchboard-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Multipart() {}

  public static Multipart builder() {
    return new Multipart();
  }

  /** Adds a file part for each file the value holds; the file's own media type wins. */
  public Multipart file(String name, Object value, String contentType) {
    for (Object item : ParamEncoding.items(value)) {
      UploadFile file = (UploadFile) item;
      String type = file.contentType().orElse(contentType);
      part(name, file.filename(), type, file.bytes());
    }
    return this;
  }

  /** Adds a text part per item; objects are sent as JSON parts. */
  public Multipart field(String name, Object value) {
    for (Object item : ParamEncoding.items(value)) {
      if (ParamEncoding.isObject(item)) {
        part(name, null, "application/json", json(item));
      } else {
        part(name, null, null, ParamEncoding.text(item).getBytes(StandardCharsets.UTF_8));
      }
    }
    return this;
  }

  public RequestBody build() {
    write("--" + boundary + "--\r\n");
    return new RequestBody("multipart/form-data; boundary=" + boundary, out.toByteArray(), null);
  }

  private void part(String name, String filename, String contentType, byte[] content) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: form-data; name=\"" + quote(name) + "\"");
    if (filename != null) {
      write("; filename=\"" + quote(filename) + "\"");
    }
    write("\r\n");
    if (contentType != null) {
      write("Content-Type: " + contentType + "\r\n");
    }
    write("\r\n");
    out.writeBytes(content);
    write("\r\n");
  }

  private void write(String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
  }

  private static byte[] json(Object value) {
    try {
      return Json.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
