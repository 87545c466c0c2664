package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code idempotency:}: the header that carries an idempotency key ({@code header}) and the HTTP
 * methods that send one ({@code methods}, default {@code [POST]}), except the operations listed by
 * id in {@code except}. Operations whose spec declares an {@code Idempotency-Key} header keep it;
 * the others of those methods get this one.
 *
 * <pre>
 * idempotency: {header: Idempotency-Key, methods: [POST], except: [createCall]}
 * </pre>
 */
public record IdempotencyConfig(Optional<String> header, Set<String> methods, Set<String> except) {
  public static final IdempotencyConfig NONE = new IdempotencyConfig(Optional.empty(), Set.of("POST"), Set.of());

  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  public IdempotencyConfig {
    header = header.filter(h -> !h.isEmpty());
    methods = Collections.unmodifiableSet(new TreeSet<>(methods));
    except = Collections.unmodifiableSet(new TreeSet<>(except));
  }

  /** The header operation {@code id} of {@code httpMethod} sends, when the config asks for one. */
  public Optional<String> headerFor(String id, String httpMethod) {
    return header.filter(h -> methods.contains(httpMethod.toUpperCase(Locale.ROOT)) && !except.contains(id));
  }

  static IdempotencyConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": idempotency: expected a mapping such as {header: Idempotency-Key, methods: [POST]}, got "
          + OptionSet.kind(node));
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!key.equals("header") && !key.equals("methods") && !key.equals("except")) {
        throw new ConfigException(file + ": idempotency." + key + ": unknown setting (allowed: header, methods, except)");
      }
    });
    JsonNode header = node.get("header");
    if (header == null || !header.isTextual() || !header.textValue().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new ConfigException(file + ": idempotency.header: expected a header name such as Idempotency-Key");
    }
    Set<String> methods = new TreeSet<>();
    JsonNode listed = node.get("methods");
    if (listed == null || listed.isNull()) {
      methods.add("POST");
    } else if (!listed.isArray() || listed.isEmpty()) {
      throw new ConfigException(file + ": idempotency.methods: expected a list such as [POST, PATCH], got " + OptionSet.kind(listed));
    } else {
      for (JsonNode method : listed) {
        String name = method.isTextual() ? method.textValue().toUpperCase(Locale.ROOT) : "";
        if (!METHODS.contains(name)) {
          throw new ConfigException(file + ": idempotency.methods: " + method + " is not one of POST, PUT, PATCH, DELETE");
        }
        methods.add(name);
      }
    }
    Set<String> except = new TreeSet<>();
    JsonNode excepted = node.get("except");
    if (excepted != null && !excepted.isNull()) {
      if (!excepted.isArray()) {
        throw new ConfigException(file + ": idempotency.except: expected a list of operation ids, got " + OptionSet.kind(excepted));
      }
      for (JsonNode id : excepted) {
        if (!id.isTextual()) {
          throw new ConfigException(file + ": idempotency.except: expected operation ids, got " + OptionSet.kind(id));
        }
        except.add(id.textValue());
      }
    }
    return new IdempotencyConfig(Optional.of(header.textValue()), methods, except);
  }
}
