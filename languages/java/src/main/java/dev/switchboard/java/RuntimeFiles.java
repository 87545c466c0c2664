package dev.switchboard.java;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's fixed runtime (HTTP, retries, pagination, events, JSON), kept as Java sources in this
 * module's resources and moved into the SDK's {@code core} package.
 */
final class RuntimeFiles {
  static final String PACKAGE_TOKEN = "__PACKAGE__";
  static final List<String> CLASSES = List.of(
      "ApiRequest", "ApiResponse", "AuthScheme", "Authenticator", "AutoPager", "Checks", "ClientOptions",
      "Credentials", "EventStream", "HttpExecutor", "Json", "JsonModel", "Links", "Multipart", "Page", "Paging",
      "ParamEncoding", "Redirects", "RequestBody", "RequestOptions", "ResponseHandler", "Retries", "Unions",
      "UploadFile", "WireValue");

  private RuntimeFiles() {}

  /** Source by class name, with the SDK's root package filled in. */
  static Map<String, String> sources(String rootPackage) {
    Map<String, String> sources = new LinkedHashMap<>();
    CLASSES.forEach(name -> sources.put(name, read(name).replace(PACKAGE_TOKEN, rootPackage)));
    return sources;
  }

  private static String read(String name) {
    String path = "runtime/" + name + ".java";
    try (InputStream in = RuntimeFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing runtime source " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
