package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logging:}: what the SDKs' debug logs must never show besides the credentials they know of.
 * {@code redact-headers} names headers whose values are secrets (a signature, a session header);
 * each SDK writes {@code ***} for them whenever it logs a request's headers.
 *
 * <pre>
 * logging:
 *   redact-headers: [X-Session-Token]
 * </pre>
 */
public record LoggingConfig(List<String> redactHeaders) {
  public static final LoggingConfig NONE = new LoggingConfig(List.of());

  public LoggingConfig {
    redactHeaders = List.copyOf(redactHeaders);
  }

  static LoggingConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": logging: expected a mapping such as {redact-headers: [X-Session-Token]}, got "
          + OptionSet.kind(node));
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!key.equals("redact-headers")) {
        throw new ConfigException(file + ": logging." + key + ": unknown setting (allowed: redact-headers)");
      }
    });
    JsonNode headers = node.path("redact-headers");
    if (headers.isMissingNode() || headers.isNull()) {
      return NONE;
    }
    if (!headers.isArray()) {
      throw new ConfigException(file + ": logging.redact-headers: expected a list of header names, got " + OptionSet.kind(headers));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      JsonNode name = headers.get(i);
      if (!name.isTextual() || !name.textValue().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new ConfigException(file + ": logging.redact-headers[" + i + "]: expected a header name such as X-Session-Token, got "
            + (name.isTextual() ? "'" + name.textValue() + "'" : OptionSet.kind(name)));
      }
      names.add(name.textValue());
    }
    return new LoggingConfig(names);
  }
}
