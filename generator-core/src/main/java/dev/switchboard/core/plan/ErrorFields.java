package dev.switchboard.core.plan;

import dev.switchboard.core.config.ErrorsConfig;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where an error body keeps the API's own code and message: the paths from the config when
 * it names them, else the first of the conventional names that the body's type declares with a
 * text or number value ({@code code}, {@code error.code}, {@code error_code}; {@code message},
 * {@code error.message}, {@code detail}, {@code error_description}, {@code title}, and
 * {@code error} when it is text).
 */
final class ErrorFields {
  private static final List<List<String>> CODES = List.of(List.of("code"), List.of("error", "code"), List.of("error_code"));
  private static final List<List<String>> MESSAGES = List.of(List.of("message"), List.of("error", "message"),
      List.of("detail"), List.of("error_description"), List.of("title"), List.of("error"));

  private final Map<String, TypeDecl> types;
  private final ErrorsConfig config;

  ErrorFields(Map<String, TypeDecl> types, ErrorsConfig config) {
    this.types = types;
    this.config = config;
  }

  List<ErrorBody> of(Operation operation) {
    List<ErrorBody> result = new ArrayList<>();
    for (Response response : operation.errorResponses()) {
      Optional<TypeRef> type = response.content().filter(c -> c.kind() == MediaKind.JSON).map(Response.ResponseContent::type);
      List<String> code = config.code().orElseGet(() -> type.map(t -> first(t, CODES)).orElse(List.of()));
      List<String> message = config.message().orElseGet(() -> type.map(t -> first(t, MESSAGES)).orElse(List.of()));
      result.add(new ErrorBody(response.status(), type, code, message));
    }
    return result;
  }

  private List<String> first(TypeRef type, List<List<String>> candidates) {
    return candidates.stream().filter(path -> scalarAt(type, path)).findFirst().orElse(List.of());
  }

  /** True when following {@code path} through declared objects ends at a text, number or enum. */
  private boolean scalarAt(TypeRef type, List<String> path) {
    TypeRef current = type;
    for (String wire : path) {
      Optional<Property> property = object(current).flatMap(o -> o.properties().stream()
          .filter(p -> p.name().wire().equals(wire)).findFirst());
      if (property.isEmpty()) {
        return false;
      }
      current = property.get().type();
    }
    return scalar(current);
  }

  private Optional<TypeDecl.ObjectType> object(TypeRef type) {
    TypeRef plain = resolve(type);
    return plain instanceof TypeRef.Named named && types.get(named.id()) instanceof TypeDecl.ObjectType object
        ? Optional.of(object) : Optional.empty();
  }

  private boolean scalar(TypeRef type) {
    TypeRef plain = resolve(type);
    if (plain instanceof TypeRef.PrimitiveRef primitive) {
      return primitive.primitive() != Primitive.BINARY && primitive.primitive() != Primitive.BOOLEAN;
    }
    return plain instanceof TypeRef.Named named && types.get(named.id()) instanceof TypeDecl.EnumType;
  }

  private TypeRef resolve(TypeRef type) {
    TypeRef plain = type.nonNull();
    for (int depth = 0; depth < 16 && plain instanceof TypeRef.Named named
        && types.get(named.id()) instanceof TypeDecl.AliasType alias; depth++) {
      plain = alias.target().nonNull();
    }
    return plain;
  }
}
