package com.kitchensink.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.kitchensink.errors.ApiDecodeException;
import com.kitchensink.errors.ApiStatusException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a successful response into {@code T}, and an error status into the typed exception, with
 * the body parsed as the operation declares. Not part of the public API.
 */
public final class ResponseHandler<T> {
  /** The one success status of a delete that does not mean deleted: queued, not yet done. */
  private static final int ACCEPTED = 202;

  @FunctionalInterface
  private interface Decoder<T> {
    T decode(HttpResponse<InputStream> response) throws IOException;
  }

  private final Decoder<T> decoder;
  private final boolean streaming;
  private final Map<String, JavaType> errors;
  private final Map<String, List<List<String>>> errorFields;

  private ResponseHandler(Decoder<T> decoder, boolean streaming, Map<String, JavaType> errors) {
    this(decoder, streaming, errors, Map.of());
  }

  private ResponseHandler(
      Decoder<T> decoder,
      boolean streaming,
      Map<String, JavaType> errors,
      Map<String, List<List<String>>> errorFields) {
    this.decoder = decoder;
    this.streaming = streaming;
    this.errors = errors;
    this.errorFields = errorFields;
  }

  public static <T> ResponseHandler<T> json(Class<T> type) {
    return json(Json.mapper().getTypeFactory().constructType(type));
  }

  public static <T> ResponseHandler<T> json(TypeReference<T> type) {
    return json(Json.mapper().getTypeFactory().constructType(type));
  }

  private static <T> ResponseHandler<T> json(JavaType type) {
    return new ResponseHandler<>(response -> readJson(response, type), false, Map.of());
  }

  private static <T> T readJson(HttpResponse<InputStream> response, JavaType type)
      throws IOException {
    byte[] bytes = read(response);
    return bytes.length == 0 ? null : Json.mapper().readValue(bytes, type);
  }

  public static ResponseHandler<String> text() {
    return new ResponseHandler<>(
        response -> new String(read(response), StandardCharsets.UTF_8), false, Map.of());
  }

  /** The body as a stream the caller reads and closes. */
  public static ResponseHandler<InputStream> binary() {
    return new ResponseHandler<>(HttpResponse::body, true, Map.of());
  }

  public static ResponseHandler<Void> empty() {
    return new ResponseHandler<>(
        response -> {
          read(response);
          return null;
        },
        false,
        Map.of());
  }

  /** Whether a delete without a response body deleted: any success but 202 Accepted. */
  public static ResponseHandler<Boolean> deleted() {
    return new ResponseHandler<>(
        response -> {
          read(response);
          return response.statusCode() != ACCEPTED;
        },
        false,
        Map.of());
  }

  /** Server-sent events whose {@code data} decodes to {@code T}. */
  public static <T> ResponseHandler<EventStream<T>> events(Class<T> type) {
    JavaType javaType = Json.mapper().getTypeFactory().constructType(type);
    return new ResponseHandler<>(
        response -> new EventStream<>(response.body(), javaType), true, Map.of());
  }

  /** Declares the body type of an error status: {@code 404}, {@code 4XX} or {@code default}. */
  public ResponseHandler<T> error(String status, Class<?> type) {
    Map<String, JavaType> more = new LinkedHashMap<>(errors);
    more.put(status, Json.mapper().getTypeFactory().constructType(type));
    return new ResponseHandler<>(decoder, streaming, Map.copyOf(more), errorFields);
  }

  /**
   * Declares where the body of an error status keeps the API's own code and message: paths of JSON
   * property names, empty for none.
   */
  public ResponseHandler<T> errorFields(String status, List<String> code, List<String> message) {
    Map<String, List<List<String>>> more = new LinkedHashMap<>(errorFields);
    more.put(status, List.of(List.copyOf(code), List.copyOf(message)));
    return new ResponseHandler<>(decoder, streaming, errors, Map.copyOf(more));
  }

  /** The same error handling, decoding successes as a JSON tree. */
  ResponseHandler<JsonNode> tree() {
    JavaType node = Json.mapper().getTypeFactory().constructType(JsonNode.class);
    return new ResponseHandler<>(response -> readJson(response, node), false, errors, errorFields);
  }

  ApiResponse<T> handle(HttpResponse<InputStream> response) {
    if (response.statusCode() >= 400) {
      throw failure(response);
    }
    try {
      T body = decoder.decode(response);
      return new ApiResponse<>(
          response.statusCode(), response.headers(), response.request().uri(), body);
    } catch (IOException e) {
      throw new ApiDecodeException(
          "cannot decode the response from " + response.request().uri() + ": " + e.getMessage(), e);
    } finally {
      if (!streaming) {
        discard(response);
      }
    }
  }

  private ApiStatusException failure(HttpResponse<InputStream> response) {
    String raw;
    try {
      raw = new String(read(response), StandardCharsets.UTF_8);
    } catch (IOException e) {
      raw = "";
    }
    int status = response.statusCode();
    List<List<String>> where = byStatus(errorFields, status);
    JsonNode tree = where == null ? null : tree(raw);
    String code = where == null ? null : scalarAt(tree, where.get(0), true);
    String message = where == null ? null : scalarAt(tree, where.get(1), false);
    return ApiStatusException.of(
        status, response.headers(), raw, parse(status, raw), code, message);
  }

  private static <V> V byStatus(Map<String, V> table, int status) {
    V found = table.get(Integer.toString(status));
    found = found != null ? found : table.get(status / 100 + "XX");
    return found != null ? found : table.get("default");
  }

  private static JsonNode tree(String raw) {
    try {
      return raw.isBlank() ? null : Json.mapper().readTree(raw);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The text or (for a code) number at a path of property names, or null. */
  private static String scalarAt(JsonNode tree, List<String> path, boolean numbers) {
    JsonNode node = tree;
    for (String name : path) {
      node = node != null && node.isObject() ? node.get(name) : null;
    }
    if (path.isEmpty() || node == null) {
      return null;
    }
    return node.isTextual() || (numbers && node.isNumber()) ? node.asText() : null;
  }

  private Object parse(int status, String raw) {
    if (raw.isBlank()) {
      return null;
    }
    JavaType type = errors.get(Integer.toString(status));
    type = type != null ? type : errors.get(status / 100 + "XX");
    type = type != null ? type : errors.get("default");
    try {
      return type != null ? Json.mapper().readValue(raw, type) : Json.mapper().readTree(raw);
    } catch (IOException notTyped) {
      try {
        return Json.mapper().readTree(raw);
      } catch (IOException notJson) {
        return null;
      }
    }
  }

  private static byte[] read(HttpResponse<InputStream> response) throws IOException {
    try (InputStream body = response.body()) {
      return body.readAllBytes();
    }
  }

  /** Reads and closes a response body that is not needed. */
  static void discard(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      body.readAllBytes();
    } catch (IOException ignored) {
      // the connection is dropped; nothing else to release
    }
  }
}
