package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller passes to one operation, with Java names: its parameters and its body, whose
 * properties are flattened into the params builder when the body is an object.
 */
final class OperationInputs {
  static final Set<String> RESERVED = reserved();

  /** A path, query, header or cookie parameter. */
  record Param(Parameter parameter, String name, TypeName type, boolean deprecated) {
    boolean required() {
      return parameter.required();
    }

    TypeName getterType() {
      return required() ? (type.isBoxedPrimitive() ? type.unbox() : type) : JavaTypesSupport.optional(type);
    }

    TypeName setterType() {
      return type.isBoxedPrimitive() ? type.unbox() : type;
    }
  }

  /** The request body: its content, its Java type, and its properties when flattened. */
  record Body(BodyContent content, String name, TypeName type, boolean required, Optional<ClassName> model,
      List<ModelProperty> properties, List<String> propertyNames) {
    boolean flattened() {
      return model.isPresent();
    }

    boolean binary() {
      return content.kind() == MediaKind.BINARY;
    }

    TypeName getterType() {
      return required ? type : JavaTypesSupport.optional(type);
    }
  }

  private final List<Param> params;
  private final Optional<Body> body;

  private OperationInputs(List<Param> params, Optional<Body> body) {
    this.params = params;
    this.body = body;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(JavaNames.OBJECT_MEMBERS);
    names.addAll(Set.of("builder", "toBuilder", "build", "Builder", "bodySet"));
    return Set.copyOf(names);
  }

  static OperationInputs of(Operation operation, JavaTypes types) {
    Scope scope = new Scope(RESERVED);
    List<Param> params = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      String name = scope.claim(JavaSymbols.member(parameter.name()));
      params.add(new Param(parameter, name, types.boxed(parameter.type()), parameter.docs().deprecated()));
    }
    return new OperationInputs(params, operation.body().map(body -> body(body, scope, types)));
  }

  private static Body body(dev.switchboard.core.ir.RequestBody body, Scope scope, JavaTypes types) {
    BodyContent content = body.preferred();
    Optional<TypeDecl> decl = types.declaration(content.type());
    boolean object = decl.isPresent() && decl.get() instanceof TypeDecl.ObjectType
        && content.kind() != MediaKind.BINARY && content.kind() != MediaKind.TEXT;
    List<ModelProperty> properties = List.of();
    List<String> names = new ArrayList<>();
    if (object) {
      List<Property> declared = ((TypeDecl.ObjectType) decl.get()).properties();
      properties = new ModelGenerator(types).properties(declared);
      properties.forEach(p -> names.add(scope.claim(p.name())));
    }
    String name = scope.isTaken("body") ? scope.claim("requestBody") : scope.claim("body");
    TypeName type = content.kind() == MediaKind.BINARY ? types.symbols().core("UploadFile")
        : content.kind() == MediaKind.TEXT ? TypeName.get(String.class) : types.boxed(content.type());
    Optional<ClassName> model = object ? Optional.of(types.symbols().type(decl.get())) : Optional.empty();
    return new Body(content, name, type, body.required(), model, properties, names);
  }

  List<Param> params() {
    return params;
  }

  Optional<Body> body() {
    return body;
  }

  /** True when a caller may leave everything unset. */
  boolean allOptional() {
    return params.stream().noneMatch(Param::required) && body.map(b -> !b.required()).orElse(true);
  }

  boolean isEmpty() {
    return params.isEmpty() && body.isEmpty();
  }
}
