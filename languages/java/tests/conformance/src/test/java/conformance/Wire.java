package conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** WireMock's admin API: load a scenario's stubs and read the journal. */
final class Wire {
  static final String W = env("SWITCHBOARD_WIREMOCK_URL");
  static final String PRISM = env("SWITCHBOARD_PRISM_URL");
  static final Path MAPPINGS = Path.of(env("SWITCHBOARD_CONFORMANCE_DIR")).resolve("mappings");
  private static final HttpClient ADMIN = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).proxy(ProxySelector.of(null)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Wire() {}

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run under python3 conformance/harness.py run");
    }
    return value;
  }

  /** Resets WireMock and imports mappings/SNN.json. */
  static void load(String scenario) {
    send("POST", "/__admin/reset", "");
    try {
      send("POST", "/__admin/mappings/import", Files.readString(MAPPINGS.resolve(scenario + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One request as WireMock saw it. */
  record Seen(String method, String url, Map<String, String> headers, byte[] body, long loggedDate) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** The journal, oldest first. */
  static List<Seen> journal() {
    JsonNode requests = read(send("GET", "/__admin/requests", null)).get("requests");
    List<Seen> seen = new ArrayList<>();
    for (JsonNode entry : requests) {
      JsonNode request = entry.get("request");
      Map<String, String> headers = new LinkedHashMap<>();
      request.path("headers").properties().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT),
          h.getValue().isArray() ? h.getValue().get(0).asText() : h.getValue().asText()));
      byte[] body = Base64.getDecoder().decode(request.path("bodyAsBase64").asText(""));
      seen.add(new Seen(request.get("method").asText(), request.get("url").asText(), headers, body,
          request.path("loggedDate").asLong()));
    }
    Collections.reverse(seen);
    return seen;
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(W + path));
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response = ADMIN.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The parts of a multipart body: headers (lower-case names) and content. */
  record Part(Map<String, String> headers, byte[] content) {}

  static List<Part> multipart(Seen request) {
    String type = request.header("Content-Type");
    String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
    String raw = new String(request.body(), StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    for (String chunk : raw.split(java.util.regex.Pattern.quote(boundary))) {
      if (chunk.isEmpty() || chunk.startsWith("--")) {
        continue;
      }
      String part = chunk.substring(2, chunk.length() - 2);
      int split = part.indexOf("\r\n\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : part.substring(0, split).split("\r\n")) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      parts.add(new Part(headers, part.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1)));
    }
    return parts;
  }
}
