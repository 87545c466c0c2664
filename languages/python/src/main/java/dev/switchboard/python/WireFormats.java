package dev.switchboard.python;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the runtime writes the values whose JSON form is not their Python value's usual one, so that a
 * model and its plain-data form (a {@code ...Param} dict) are sent alike: {@code "rfc2822"} for an
 * RFC 2822 date-time, {@code "float"} for a number (a model keeps its number fields as floats
 * even when given an int), {@code lambda: Model} for a model that reaches one of those,
 * {@code (lambda: A, lambda: B)} for such a union and {@code {"*": format}} for a map's values; a list
 * applies its items' format. The runtime reads them as {@code BaseModel.__wire_formats__} and
 * {@code Endpoint.body_format}, where an object body's table is written out ({@code lambda: {...}}).
 */
final class WireFormats {
  private final PyTypes types;
  /** Whether an object or union type reaches a format; only complete answers are kept. */
  private final Map<String, Boolean> reaches = new HashMap<>();

  WireFormats(PyTypes types) {
    this.types = types;
  }

  /** The table of one model, by wire name, in property order; {@code name} spells a model's class for a lambda. */
  Map<String, String> table(TypeDecl.ObjectType object, Function<String, String> name) {
    Map<String, String> table = new LinkedHashMap<>();
    for (Property property : object.properties()) {
      of(property.type(), name).ifPresent(format -> table.put(property.name().wire(), format));
    }
    return table;
  }

  /** A table's {@code key: format} entries, indented by 8 as ruff wraps them; a union's tuple of lambdas split when too long. */
  static List<String> entries(Map<String, String> table) {
    List<String> entries = new ArrayList<>();
    table.forEach((wire, format) -> {
      String key = PyText.literal(wire) + ": ";
      boolean split = 8 + PyCode.width(key + format) + 1 > PyCode.LINE_LENGTH && format.startsWith("(");
      entries.add(split ? PyCode.explode(8, key + "(", List.of(format.substring(1, format.length() - 1)
          .replaceAll(",$", "").split(", ")), ")") : key + format);
    });
    return entries;
  }

  /**
   * The format of a request body of {@code type}: an object's own table ({@code lambda: {...}}), so that a call
   * given arguments loads no model class to send them; any other type's format as {@link #of}.
   */
  Optional<List<String>> bodyTable(TypeRef type, Function<String, String> name) {
    if (type instanceof TypeRef.Named named && types.decl(named.id()).orElse(null) instanceof TypeDecl.ObjectType object
        && reaches(named.id())) {
      return Optional.of(entries(table(object, name)));
    }
    return Optional.empty();
  }

  /** The format of a value of {@code type}, when it has one. */
  Optional<String> of(TypeRef type, Function<String, String> name) {
    if (type instanceof TypeRef.PrimitiveRef primitive) {
      return switch (primitive.primitive()) {
        case DATE_TIME_RFC_2822 -> Optional.of("\"rfc2822\"");
        case NUMBER, FLOAT, DOUBLE -> Optional.of("\"float\"");
        default -> Optional.empty();
      };
    }
    if (type instanceof TypeRef.ListOf list) {
      return of(list.items(), name);
    }
    if (type instanceof TypeRef.MapOf map) {
      return of(map.values(), name).map(format -> "{\"*\": " + format + "}");
    }
    if (type instanceof TypeRef.Nullable nullable) {
      return of(nullable.inner(), name);
    }
    if (type instanceof TypeRef.Named named) {
      return named(named.id(), name);
    }
    return Optional.empty();
  }

  private Optional<String> named(String id, Function<String, String> name) {
    TypeDecl decl = types.decl(id).orElse(null);
    if (decl instanceof TypeDecl.AliasType alias) {
      return of(alias.target(), name);
    }
    if (decl instanceof TypeDecl.ObjectType && reaches(id)) {
      return Optional.of("lambda: " + name.apply(id));
    }
    if (decl instanceof TypeDecl.UnionType union) {
      List<String> variants = new ArrayList<>();
      for (TypeDecl.Variant variant : union.variants()) {
        if (variant.type() instanceof TypeRef.Named ref && types.decl(ref.id()).orElse(null) instanceof TypeDecl.ObjectType
            && reaches(ref.id())) {
          variants.add("lambda: " + name.apply(ref.id()));
        }
      }
      return variants.isEmpty() ? Optional.empty()
          : Optional.of("(" + String.join(", ", variants) + (variants.size() == 1 ? ",)" : ")"));
    }
    return Optional.empty();
  }

  /** Whether values of the object or union {@code id} hold a value with a format, however deep. */
  boolean reaches(String id) {
    Boolean known = reaches.get(id);
    if (known != null) {
      return known;
    }
    Set<String> seen = new HashSet<>();
    boolean found = search(new TypeRef.Named(id), seen);
    if (found) {
      reaches.put(id, true);
    } else {
      seen.forEach(visited -> reaches.put(visited, false)); // nothing reachable from any of them either
    }
    return found;
  }

  private boolean search(TypeRef type, Set<String> seen) {
    if (type instanceof TypeRef.PrimitiveRef || type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf
        || type instanceof TypeRef.Nullable) {
      TypeRef inner = type instanceof TypeRef.ListOf list ? list.items() : type instanceof TypeRef.MapOf map
          ? map.values() : type instanceof TypeRef.Nullable nullable ? nullable.inner() : null;
      return inner == null ? of(type, id -> id).isPresent() : search(inner, seen);
    }
    if (!(type instanceof TypeRef.Named named) || !seen.add(named.id())) {
      return false;
    }
    if (Boolean.TRUE.equals(reaches.get(named.id()))) {
      return true;
    }
    TypeDecl decl = types.decl(named.id()).orElse(null);
    if (decl instanceof TypeDecl.AliasType alias) {
      return search(alias.target(), seen);
    }
    if (decl instanceof TypeDecl.ObjectType object) {
      return object.properties().stream().anyMatch(p -> search(p.type(), seen));
    }
    if (decl instanceof TypeDecl.UnionType union) {
      return union.variants().stream().anyMatch(v -> search(v.type(), seen));
    }
    return false;
  }
}
