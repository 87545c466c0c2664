package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.TypeDecl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an SDK never shows in clear, decided once for every language (docs/plan.md, "Redaction").
 * {@code headers}: lower-case names of request headers whose values its debug log writes as
 * {@link #MASK}: {@code authorization}, {@code proxy-authorization} and {@code cookie}, every
 * API-key header of {@code auth}, and the config's {@code logging.redact-headers}. {@code query}:
 * API-key query parameters and the query parameters of any operation marked as personal data (IR
 * {@code sensitive}), masked in logged URLs (user info in a URL is always dropped). {@code path}:
 * the path parameters marked as personal data (Twilio's {@code PhoneNumber}), whose values a logged
 * URL shows as {@link #MASK}; the URL sent keeps them.
 * {@code fields}: by object type id, the wire names of its personal-data properties (IR
 * {@code sensitive}), masked in a model's text form.
 */
@JsonPropertyOrder({"mask", "headers", "query", "path", "fields"})
public record Redaction(String mask, List<String> headers, List<String> query, List<String> path,
    Map<String, List<String>> fields) {
  /** What every SDK writes in place of a secret or a personal value. */
  public static final String MASK = "***";

  private static final List<String> ALWAYS = List.of("authorization", "cookie", "proxy-authorization");

  public Redaction {
    Objects.requireNonNull(mask, "mask == null");
    headers = List.copyOf(headers);
    query = List.copyOf(query);
    path = List.copyOf(path);
    Map<String, List<String>> copy = new TreeMap<>();
    fields.forEach((id, wires) -> copy.put(id, List.copyOf(wires)));
    fields = Collections.unmodifiableMap(copy);
  }

  static Redaction of(Api api, List<PlanAuth> auth, List<String> configured) {
    TreeSet<String> headers = new TreeSet<>(ALWAYS);
    TreeSet<String> query = new TreeSet<>();
    for (PlanAuth scheme : auth) {
      scheme.apiKey().ifPresent(key -> {
        if (key.in().equals("header")) {
          headers.add(key.name().toLowerCase(Locale.ROOT));
        } else if (key.in().equals("query")) {
          query.add(key.name());
        }
      });
    }
    configured.forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
    TreeSet<String> path = new TreeSet<>();
    api.resources().forEach(resource -> resource.operations().forEach(operation -> operation.parameters().stream()
        .filter(Parameter::sensitive).forEach(p -> {
          if (p.location() == Parameter.Location.QUERY) {
            query.add(p.name().wire());
          } else if (p.location() == Parameter.Location.PATH) {
            path.add(p.name().wire());
          }
        })));
    Map<String, List<String>> fields = new TreeMap<>();
    for (TypeDecl type : api.types()) {
      if (type instanceof TypeDecl.ObjectType object) {
        List<String> wires = new ArrayList<>();
        object.properties().stream().filter(p -> p.sensitive()).forEach(p -> wires.add(p.name().wire()));
        if (!wires.isEmpty()) {
          fields.put(object.id(), wires);
        }
      }
    }
    return new Redaction(MASK, new ArrayList<>(headers), new ArrayList<>(query), new ArrayList<>(path), fields);
  }

  /** The wire names of a type's personal-data properties, in declaration order; empty for any other type. */
  public List<String> fields(String typeId) {
    return fields.getOrDefault(typeId, List.of());
  }

  /** Whether a property of a type is personal data. */
  public boolean sensitive(String typeId, String wire) {
    return fields(typeId).contains(wire);
  }
}
