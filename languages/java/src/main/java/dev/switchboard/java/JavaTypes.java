package dev.switchboard.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps IR type references to Java types: boxed for storage, primitive where a value is certain. */
final class JavaTypes {
  static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
  static final ClassName OPTIONAL = ClassName.get(Optional.class);
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final Map<String, TypeDecl> declarations;
  private final JavaSymbols symbols;
  private final Set<String> deprecated = new HashSet<>();

  JavaTypes(Api api, JavaSymbols symbols) {
    this.declarations = api.typesById();
    this.symbols = symbols;
    api.types().stream().filter(t -> t.docs().deprecated()).forEach(t -> deprecated.add(t.id()));
  }

  JavaSymbols symbols() {
    return symbols;
  }

  Optional<TypeDecl> declaration(TypeRef ref) {
    TypeRef resolved = resolve(ref).nonNull();
    return resolved instanceof TypeRef.Named named ? Optional.ofNullable(declarations.get(named.id())) : Optional.empty();
  }

  /** Follows aliases to the type they stand for, keeping nullability. */
  TypeRef resolve(TypeRef ref) {
    TypeRef current = ref;
    boolean nullable = false;
    for (int depth = 0; depth < 32; depth++) {
      nullable |= current instanceof TypeRef.Nullable;
      TypeRef inner = current.nonNull();
      if (inner instanceof TypeRef.Named named && declarations.get(named.id()) instanceof TypeDecl.AliasType alias) {
        current = alias.target();
        continue;
      }
      return nullable ? inner.nullable() : inner;
    }
    return TypeRef.primitive(dev.switchboard.core.ir.Primitive.STRING);
  }

  boolean isNullable(TypeRef ref) {
    return resolve(ref) instanceof TypeRef.Nullable;
  }

  /** The boxed Java type of a value, without its nullability. */
  TypeName boxed(TypeRef ref) {
    return resolve(ref).nonNull().accept(new Mapper());
  }

  /** A primitive where one exists, for values that are always present. */
  TypeName unboxed(TypeRef ref) {
    TypeName boxed = boxed(ref);
    return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  /** {@code X.class} for plain classes, else an anonymous {@code TypeReference}. */
  CodeBlock token(TypeName type) {
    if (type instanceof ClassName) {
      return CodeBlock.of("$T.class", type);
    }
    return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
  }

  boolean isBinary(TypeRef ref) {
    return boxed(ref).equals(symbols.core("UploadFile"));
  }

  /** True when the reference mentions a deprecated declaration. */
  boolean mentionsDeprecated(TypeRef ref) {
    TypeRef resolved = resolve(ref).nonNull();
    if (resolved instanceof TypeRef.Named named) {
      return deprecated.contains(named.id());
    }
    if (resolved instanceof TypeRef.ListOf list) {
      return mentionsDeprecated(list.items());
    }
    return resolved instanceof TypeRef.MapOf map && mentionsDeprecated(map.values());
  }

  private final class Mapper implements TypeRef.Visitor<TypeName> {
    @Override
    public TypeName primitive(TypeRef.PrimitiveRef ref) {
      switch (ref.primitive()) {
        case BOOLEAN:
          return TypeName.BOOLEAN.box();
        case INTEGER:
        case INT64:
          return TypeName.LONG.box();
        case INT32:
          return TypeName.INT.box();
        case NUMBER:
        case DOUBLE:
          return TypeName.DOUBLE.box();
        case FLOAT:
          return TypeName.FLOAT.box();
        case DATE:
          return ClassName.get(LocalDate.class);
        case DATE_TIME:
        case DATE_TIME_RFC_2822:
          return ClassName.get(OffsetDateTime.class);
        case BINARY:
          return symbols.core("UploadFile");
        default:
          return ClassName.get(String.class);
      }
    }

    @Override
    public TypeName named(TypeRef.Named ref) {
      return declarations.containsKey(ref.id()) ? symbols.type(ref.id()) : JSON_NODE;
    }

    @Override
    public TypeName list(TypeRef.ListOf ref) {
      return ParameterizedTypeName.get(ClassName.get(List.class), boxed(ref.items()));
    }

    @Override
    public TypeName map(TypeRef.MapOf ref) {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), boxed(ref.values()));
    }

    @Override
    public TypeName nullable(TypeRef.Nullable ref) {
      return boxed(ref.inner());
    }

    @Override
    public TypeName literal(TypeRef.Literal ref) {
      if (ref.value().isTextual()) {
        return ClassName.get(String.class);
      }
      if (ref.value().isBoolean()) {
        return TypeName.BOOLEAN.box();
      }
      return ref.value().isIntegralNumber() ? TypeName.LONG.box() : JSON_NODE;
    }

    @Override
    public TypeName any(TypeRef.Any ref) {
      return JSON_NODE;
    }
  }
}
