package __PACKAGE__.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** A request body with its media type. Bodies are buffered so that a retry can resend them. */
public final class RequestBody {
  private final String contentType;
  private final byte[] bytes;
  private final UploadFile file;

  RequestBody(String contentType, byte[] bytes, UploadFile file) {
    this.contentType = contentType;
    this.bytes = bytes;
    this.file = file;
  }

  /** The value as JSON; null gives no body. */
  public static RequestBody json(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return new RequestBody("application/json", Json.mapper().writeValueAsBytes(value), null);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The value's properties as {@code application/x-www-form-urlencoded}: lists repeat their key,
   * except the properties named in {@code joined}, whose items are joined with commas.
   */
  public static RequestBody form(Object value, Set<String> joined) {
    if (value == null) {
      return null;
    }
    StringJoiner out = new StringJoiner("&");
    JsonNode tree = Json.mapper().valueToTree(value);
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      addField(out, field.getKey(), field.getValue(), joined.contains(field.getKey()));
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    return new RequestBody("application/x-www-form-urlencoded", bytes, null);
  }

  private static void addField(StringJoiner out, String key, JsonNode value, boolean join) {
    if (value.isNull()) {
      return;
    }
    if (value.isArray() && join) {
      StringJoiner items = new StringJoiner(",");
      value.forEach(item -> items.add(ParamEncoding.text(item)));
      out.add(ParamEncoding.encodeForm(key) + "=" + ParamEncoding.encodeForm(items.toString()));
    } else if (value.isArray()) {
      value.forEach(item -> addField(out, key, item, false));
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        addField(out, key + "[" + field.getKey() + "]", field.getValue(), false);
      }
    } else {
      out.add(
          ParamEncoding.encodeForm(key)
              + "="
              + ParamEncoding.encodeForm(ParamEncoding.text(value)));
    }
  }

  /** Raw content, such as a file; null gives no body. */
  public static RequestBody binary(UploadFile file, String contentType) {
    if (file == null) {
      return null;
    }
    return new RequestBody(file.contentType().orElse(contentType), null, file);
  }

  /** Text in UTF-8; null gives no body. */
  public static RequestBody text(Object value, String contentType) {
    if (value == null) {
      return null;
    }
    byte[] bytes = ParamEncoding.text(value).getBytes(StandardCharsets.UTF_8);
    return new RequestBody(contentType, bytes, null);
  }

  public String contentType() {
    return contentType;
  }

  HttpRequest.BodyPublisher publisher() {
    return file != null ? file.publisher() : HttpRequest.BodyPublishers.ofByteArray(bytes);
  }
}
