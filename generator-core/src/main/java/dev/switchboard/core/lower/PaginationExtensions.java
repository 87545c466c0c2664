package dev.switchboard.core.lower;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the pagination extensions of an operation into the settings of {@code x-pagination}
 * ({@code style}, {@code items}, {@code cursor-param}, ...): {@code x-pagination} itself, then
 * Fern's {@code x-fern-pagination}, then Speakeasy's {@code x-speakeasy-pagination}. Expressions
 * such as {@code $request.cursor}, {@code $response.meta.next} and {@code $.data} become parameter
 * names and dotted paths.
 */
final class PaginationExtensions {
  /** The settings one extension declares, and its name (for diagnostics). */
  record Declared(String extension, Map<String, String> settings) {
    Declared {
      settings = Map.copyOf(settings);
    }
  }

  private PaginationExtensions() {}

  static Optional<Declared> read(Map<String, Object> extensions) {
    if (extensions == null) {
      return Optional.empty();
    }
    if (extensions.get("x-pagination") instanceof Map<?, ?> own) {
      Map<String, String> settings = new LinkedHashMap<>();
      own.forEach((key, value) -> settings.put(String.valueOf(key), String.valueOf(value)));
      return Optional.of(new Declared("x-pagination", settings));
    }
    if (extensions.get("x-fern-pagination") instanceof Map<?, ?> fern) {
      return Optional.of(new Declared("x-fern-pagination", fern(fern)));
    }
    if (extensions.get("x-speakeasy-pagination") instanceof Map<?, ?> speakeasy) {
      return Optional.of(new Declared("x-speakeasy-pagination", speakeasy(speakeasy)));
    }
    return Optional.empty();
  }

  /** {@code {cursor: $request.after, next_cursor: $response.next, results: $response.data}} or {@code {offset: …, step: …}}. */
  static Map<String, String> fern(Map<?, ?> fern) {
    Map<String, String> settings = new LinkedHashMap<>();
    put(settings, "items", fern.get("results"));
    if (fern.containsKey("cursor")) {
      settings.put("style", "cursor");
      put(settings, "cursor-param", fern.get("cursor"));
      put(settings, "next-cursor", fern.get("next_cursor"));
      put(settings, "has-more", fern.get("has-next-page"));
    } else if (fern.containsKey("offset")) {
      boolean step = fern.containsKey("step");
      settings.put("style", step ? "offset" : "page");
      put(settings, step ? "offset-param" : "page-param", fern.get("offset"));
      put(settings, "limit-param", fern.get("step"));
    } else if (fern.containsKey("next_uri") || fern.containsKey("next")) {
      settings.put("style", "next-url");
      put(settings, "next", fern.containsKey("next_uri") ? fern.get("next_uri") : fern.get("next"));
    }
    return settings;
  }

  /** {@code {type: cursor|offsetLimit|url, inputs: [{name, in, type}], outputs: {results, nextCursor, nextUrl}}}. */
  static Map<String, String> speakeasy(Map<?, ?> speakeasy) {
    Map<String, String> settings = new LinkedHashMap<>();
    Map<?, ?> outputs = speakeasy.get("outputs") instanceof Map<?, ?> m ? m : Map.of();
    put(settings, "items", outputs.get("results"));
    Map<String, String> inputs = new LinkedHashMap<>();
    if (speakeasy.get("inputs") instanceof List<?> list) {
      for (Object input : list) {
        if (input instanceof Map<?, ?> in && in.get("name") != null && !"requestBody".equals(in.get("in"))) {
          inputs.putIfAbsent(String.valueOf(in.get("type")), String.valueOf(in.get("name")));
        }
      }
    }
    switch (String.valueOf(speakeasy.get("type"))) {
      case "cursor" -> {
        settings.put("style", "cursor");
        put(settings, "cursor-param", inputs.get("cursor"));
        put(settings, "next-cursor", outputs.get("nextCursor"));
      }
      case "offsetLimit" -> {
        boolean pages = inputs.containsKey("page");
        settings.put("style", pages ? "page" : "offset");
        put(settings, pages ? "page-param" : "offset-param", pages ? inputs.get("page") : inputs.get("offset"));
        put(settings, "limit-param", inputs.get("limit"));
      }
      case "url" -> {
        settings.put("style", "next-url");
        put(settings, "next", outputs.get("nextUrl"));
      }
      default -> settings.put("style", String.valueOf(speakeasy.get("type")));
    }
    return settings;
  }

  private static void put(Map<String, String> settings, String key, Object expression) {
    if (expression != null) {
      settings.put(key, path(String.valueOf(expression)));
    }
  }

  /** {@code $request.after} gives {@code after}; {@code $response.meta.next} and {@code $.meta.next} give {@code meta.next}. */
  static String path(String expression) {
    String path = expression.strip();
    for (String prefix : List.of("$request.query.", "$request.", "$response.body.", "$response.", "$.")) {
      if (path.startsWith(prefix)) {
        path = path.substring(prefix.length());
        break;
      }
    }
    return path.endsWith("[*]") ? path.substring(0, path.length() - 3) : path;
  }
}
