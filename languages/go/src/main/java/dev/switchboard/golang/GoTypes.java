package dev.switchboard.golang;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the API's types in the package scope and writes Go type expressions for IR references:
 * required fields as plain values, optional or nullable ones as {@code core.Opt[T]}, and a pointer
 * where a struct would contain itself.
 */
final class GoTypes {
  private final Map<String, TypeDecl> types;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Set<String> selfContaining;
  private final SymbolTable.Scope scope;
  private final Map<String, String> fields = new HashMap<>();

  GoTypes(Api api, SymbolTable symbols) {
    this.types = api.typesById();
    this.scope = symbols.scope("package").reserve(GoSymbols.PACKAGE_NAMES);
    for (TypeDecl type : api.types()) {
      names.put(type.id(), scope.claim(NameKind.TYPE, GoSymbols.PROVIDER.spell(NameKind.TYPE, type.name()),
          new SymbolTable.Source(type.name().wire(), type.source())));
    }
    this.selfContaining = selfContaining();
  }

  /** The package scope, for names the generator makes up (params, services, constants). */
  SymbolTable.Scope scope() {
    return scope;
  }

  String name(String id) {
    String name = names.get(id);
    if (name == null) {
      throw new IllegalStateException("type not named: " + id);
    }
    return name;
  }

  /** Whether a Go type name is one of the package's declared types, which another package qualifies. */
  boolean declares(String goName) {
    return names.containsValue(goName);
  }

  /** Records the Go name of an object type's field, by the field's wire name. */
  void nameField(String typeId, String wire, String field) {
    fields.put(typeId + "\n" + wire, field);
  }

  String fieldName(String typeId, String wire) {
    return fields.get(typeId + "\n" + wire);
  }

  TypeDecl decl(String id) {
    return types.get(id);
  }

  /** The type of a struct field or input: plain when required and not nullable, else {@code core.Opt}. */
  String field(TypeRef ref, boolean required) {
    if (required && !(ref instanceof TypeRef.Nullable)) {
      return member(ref);
    }
    return "core.Opt[" + member(ref.nonNull()) + "]";
  }

  /** A value inside a struct: a pointer when the struct would otherwise contain itself. */
  String member(TypeRef ref) {
    if (ref instanceof TypeRef.Named named && selfContaining.contains(named.id())) {
      return "*" + name(named.id());
    }
    return of(ref);
  }

  /** The Go type of a value. */
  String of(TypeRef ref) {
    return ref.accept(new TypeRef.Visitor<>() {
      @Override
      public String primitive(TypeRef.PrimitiveRef r) {
        return primitiveType(r.primitive());
      }

      @Override
      public String named(TypeRef.Named r) {
        return name(r.id());
      }

      @Override
      public String list(TypeRef.ListOf r) {
        return "[]" + of(r.items());
      }

      @Override
      public String map(TypeRef.MapOf r) {
        return "map[string]" + of(r.values());
      }

      @Override
      public String nullable(TypeRef.Nullable r) {
        return "core.Opt[" + of(r.inner()) + "]";
      }

      @Override
      public String literal(TypeRef.Literal r) {
        if (r.value().isTextual()) {
          return "string";
        }
        if (r.value().isBoolean()) {
          return "bool";
        }
        return r.value().isIntegralNumber() ? "int64" : r.value().isNumber() ? "float64" : "json.RawMessage";
      }

      @Override
      public String any(TypeRef.Any r) {
        return "json.RawMessage";
      }
    });
  }

  static String primitiveType(Primitive primitive) {
    return switch (primitive) {
      case BOOLEAN -> "bool";
      case INTEGER, INT64 -> "int64";
      case INT32 -> "int32";
      case NUMBER, DOUBLE -> "float64";
      case FLOAT -> "float32";
      case DATE_TIME -> "time.Time";
      case DATE_TIME_RFC_2822 -> "core.RFC2822Time";
      case BASE64 -> "[]byte";
      case BINARY -> "core.File";
      default -> "string";
    };
  }

  /** Whether a reference is a named union type (an interface). */
  boolean isUnion(TypeRef ref) {
    return ref instanceof TypeRef.Named named && types.get(named.id()) instanceof TypeDecl.UnionType;
  }

  /** Whether a reference, through nullable, is a named object type (a struct). */
  boolean isStruct(TypeRef ref) {
    return ref.nonNull() instanceof TypeRef.Named named && types.get(named.id()) instanceof TypeDecl.ObjectType;
  }

  /** Object types that reach themselves through fields held by value (not through lists or maps). */
  private Set<String> selfContaining() {
    Map<String, Set<String>> edges = new HashMap<>();
    for (TypeDecl type : types.values()) {
      if (type instanceof TypeDecl.ObjectType object) {
        Set<String> direct = new HashSet<>();
        for (Property property : object.properties()) {
          if (property.type().nonNull() instanceof TypeRef.Named named && direct(named.id())) {
            direct.add(named.id());
          }
        }
        edges.put(type.id(), direct);
      }
    }
    Set<String> result = new HashSet<>();
    for (String id : edges.keySet()) {
      if (reaches(id, id, edges, new HashSet<>())) {
        result.add(id);
      }
    }
    return result;
  }

  private boolean direct(String id) {
    TypeDecl decl = types.get(id);
    return decl instanceof TypeDecl.ObjectType;
  }

  private static boolean reaches(String from, String target, Map<String, Set<String>> edges, Set<String> seen) {
    for (String next : edges.getOrDefault(from, Set.of())) {
      if (next.equals(target) || seen.add(next) && reaches(next, target, edges, seen)) {
        return true;
      }
    }
    return false;
  }
}
