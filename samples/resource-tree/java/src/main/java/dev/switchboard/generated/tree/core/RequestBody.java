package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
   * The value's properties as {@code application/x-www-form-urlencoded}. {@code styles} says how
   * each property (by wire name) writes arrays and objects, as the API decided: {@code deep} uses
   * brackets, objects by key and arrays by index ({@code metadata[key]=v}, {@code expand[0]=a});
   * {@code form} repeats the key per array item and writes an object's properties as their own
   * keys; {@code csv}, {@code ssv} and {@code pipes} join the items (an object's keys and values)
   * with a comma, a space or {@code |}. Without a style arrays repeat their key and objects use
   * brackets; array items that are arrays or objects always use brackets and indexes.
   */
  public static RequestBody form(Object value, Map<String, String> styles) {
    if (value == null) {
      return null;
    }
    StringJoiner out = new StringJoiner("&");
    JsonNode tree = Json.mapper().valueToTree(value);
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      addField(out, field.getKey(), field.getValue(), styles.get(field.getKey()));
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    return new RequestBody("application/x-www-form-urlencoded", bytes, null);
  }

  private static void addField(StringJoiner out, String key, JsonNode value, String style) {
    if (value.isNull()) {
      return;
    }
    String joiner = style == null ? null : JOINERS.get(style);
    if ("deep".equals(style)) {
      addDeep(out, key, value);
    } else if (joiner != null && value.isContainerNode()) {
      StringJoiner items = new StringJoiner(joiner);
      if (value.isArray()) {
        value.forEach(item -> items.add(ParamEncoding.text(item)));
      } else {
        value
            .properties()
            .forEach(e -> items.add(e.getKey()).add(ParamEncoding.text(e.getValue())));
      }
      add(out, key, items.toString());
    } else if ("form".equals(style) && value.isObject()) {
      value.properties().forEach(e -> addPlain(out, e.getKey(), e.getValue()));
    } else {
      addPlain(out, key, value);
    }
  }

  private static final Map<String, String> JOINERS = Map.of("csv", ",", "ssv", " ", "pipes", "|");

  private static void addPlain(StringJoiner out, String key, JsonNode value) {
    boolean nested = false;
    for (JsonNode item : value) {
      nested |= item.isContainerNode();
    }
    if (value.isObject() || (value.isArray() && nested)) {
      addDeep(out, key, value);
    } else if (value.isArray()) {
      value.forEach(item -> add(out, key, ParamEncoding.text(item)));
    } else if (!value.isNull()) {
      add(out, key, ParamEncoding.text(value));
    }
  }

  private static void addDeep(StringJoiner out, String key, JsonNode value) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        addDeep(out, key + "[" + i + "]", value.get(i));
      }
    } else if (value.isObject()) {
      value.properties().forEach(e -> addDeep(out, key + "[" + e.getKey() + "]", e.getValue()));
    } else if (!value.isNull()) {
      add(out, key, ParamEncoding.text(value));
    }
  }

  private static void add(StringJoiner out, String key, String text) {
    out.add(ParamEncoding.encodeForm(key) + "=" + ParamEncoding.encodeForm(text));
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
