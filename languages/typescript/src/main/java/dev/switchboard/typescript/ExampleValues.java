package dev.switchboard.typescript;

import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Values for the README's examples that type-check: every required property is filled in, a
 * discriminated union gets its first variant with its tag, and lists of objects are empty. Objects
 * are written one property a line, which Prettier keeps.
 */
final class ExampleValues {
  /** Aliases of aliases deeper than this stop at a value of the right shape. */
  private static final int MAX_DEPTH = 8;

  private final SdkModel model;

  ExampleValues(SdkModel model) {
    this.model = model;
  }

  /** An object to fill in: its type and, for a union variant, the discriminator to set. */
  private record Fill(TypeDecl.ObjectType type, Optional<Tag> tag) {}

  private record Tag(String key, String wire, String value) {}

  /** {@code key: value,} lines at {@code indent}. */
  String entry(int indent, String key, TypeRef type) {
    return entry(indent, key, type, new HashSet<>());
  }

  private String entry(int indent, String key, TypeRef type, Set<String> open) {
    Optional<Fill> fill = fill(type, 0).filter(f -> !open.contains(f.type().id()) && hasFields(f));
    if (fill.isEmpty()) {
      return Code.property(indent, key, scalar(type, 0));
    }
    String opening = Code.objectEntry(indent, key);
    int inner = Code.objectIndent(indent, opening);
    open.add(fill.get().type().id());
    String fields = fields(inner, fill.get(), open);
    open.remove(fill.get().type().id());
    return opening + fields + " ".repeat(inner - 2) + "},\n";
  }

  private static boolean hasFields(Fill fill) {
    return fill.tag().isPresent() || fill.type().properties().stream().anyMatch(Property::required);
  }

  private String fields(int indent, Fill fill, Set<String> open) {
    StringBuilder out = new StringBuilder();
    TypeDecl.ObjectType type = fill.type();
    fill.tag().filter(tag -> type.property(tag.wire()).isEmpty())
        .ifPresent(tag -> out.append(Code.property(indent, TsSymbols.propertyKey(tag.key()), tag.value())));
    for (Property property : type.properties()) {
      String key = TsSymbols.propertyKey(model.property(type.id(), property));
      Optional<Tag> tag = fill.tag().filter(t -> t.wire().equals(property.name().wire()));
      if (tag.isPresent()) {
        out.append(Code.property(indent, key, tag.get().value()));
      } else if (property.required()) {
        out.append(entry(indent, key, property.type(), open));
      }
    }
    return out.toString();
  }

  /** The object a value of the type is written as, if it is one. */
  private Optional<Fill> fill(TypeRef ref, int depth) {
    if (ref instanceof TypeRef.Nullable nullable) {
      return fill(nullable.inner(), depth);
    }
    if (!(ref instanceof TypeRef.Named named) || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    TypeDecl decl = model.declarations.get(named.id());
    if (decl instanceof TypeDecl.ObjectType object) {
      return Optional.of(new Fill(object, Optional.empty()));
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return fill(alias.target(), depth + 1);
    }
    if (decl instanceof TypeDecl.UnionType union && !union.variants().isEmpty()) {
      return union.discriminator().isPresent() ? taggedFill(union) : fill(union.variants().get(0).type(), depth + 1);
    }
    return Optional.empty();
  }

  private Optional<Fill> taggedFill(TypeDecl.UnionType union) {
    String wire = union.discriminator().orElseThrow().property().wire();
    for (TypeDecl.Variant variant : union.variants()) {
      TypeDecl.ObjectType object = model.objectType(variant.type());
      if (object != null && !variant.discriminatorValues().isEmpty()) {
        String value = TsText.string(variant.discriminatorValues().get(0));
        return Optional.of(new Fill(object, Optional.of(new Tag(model.discriminatorName(union), wire, value))));
      }
    }
    return Optional.empty();
  }

  /** A value that is not written as an object with properties. */
  private String scalar(TypeRef ref, int depth) {
    if (ref instanceof TypeRef.Nullable nullable) {
      return scalar(nullable.inner(), depth);
    }
    if (ref instanceof TypeRef.PrimitiveRef primitive) {
      return primitive.primitive() == Primitive.INT64 && model.types.bigint() ? "1n" : primitive(primitive.primitive());
    }
    if (ref instanceof TypeRef.Literal literal) {
      return TsTypes.literal(literal.value());
    }
    if (ref instanceof TypeRef.ListOf list) {
      boolean items = depth <= MAX_DEPTH && fill(list.items(), 0).isEmpty();
      return items ? "[" + scalar(list.items(), depth + 1) + "]" : "[]";
    }
    if (ref instanceof TypeRef.Named named && depth <= MAX_DEPTH) {
      return named(model.declarations.get(named.id()), depth);
    }
    return "{}";
  }

  private String named(TypeDecl decl, int depth) {
    if (decl instanceof TypeDecl.EnumType enumType) {
      boolean integer = enumType.base() == TypeDecl.EnumBase.INTEGER;
      return enumType.values().isEmpty() ? (integer ? "1" : "'string'")
          : TsTypes.literal(enumType.values().get(0).value());
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return scalar(alias.target(), depth + 1);
    }
    if (decl instanceof TypeDecl.UnionType union && union.discriminator().isEmpty() && !union.variants().isEmpty()) {
      return scalar(union.variants().get(0).type(), depth + 1);
    }
    return "{}";
  }

  private static String primitive(Primitive primitive) {
    return switch (primitive) {
      case BOOLEAN -> "true";
      case INTEGER, INT32, INT64, NUMBER, FLOAT, DOUBLE -> "1";
      case BINARY -> "new Blob(['data'])";
      case DATE -> "'2026-01-01'";
      case DATE_TIME -> "'2026-01-01T00:00:00Z'";
      case UUID -> "'00000000-0000-4000-8000-000000000000'";
      case URI -> "'https://example.com'";
      case EMAIL -> "'user@example.com'";
      default -> "'string'";
    };
  }
}
