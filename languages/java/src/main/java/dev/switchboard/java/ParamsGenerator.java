package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.Operation;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The immutable parameters of one operation, with a builder; body properties are set directly. */
final class ParamsGenerator {
  private final JavaTypes types;
  private final JavaSymbols symbols;

  ParamsGenerator(JavaTypes types) {
    this.types = types;
    this.symbols = types.symbols();
  }

  JavaFile generate(Operation operation, OperationInputs inputs) {
    ClassName name = symbols.params(operation);
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Parameters of {@code $L}.\n", Javadoc.escape(operation.id()));
    if (mentionsDeprecated(operation)) {
      spec.addAnnotation(Jackson.suppress("deprecation"));
    }
    List<String> fields = new ArrayList<>();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(name.nestedClass("Builder"), "builder");
    for (OperationInputs.Param p : inputs.params()) {
      spec.addField(p.type(), p.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = builder.$N", p.name(), p.name());
      spec.addMethod(getter(p));
      fields.add(p.name());
    }
    inputs.body().ifPresent(body -> {
      spec.addField(body.type(), body.name(), Modifier.PRIVATE, Modifier.FINAL);
      if (!body.flattened()) {
        constructor.addStatement("this.$N = builder.$N", body.name(), body.name());
      } else if (body.required()) {
        constructor.addStatement("this.$N = builder.$N.build()", body.name(), body.name());
      } else {
        constructor.addStatement("this.$N = builder.bodySet ? builder.$N.build() : null", body.name(), body.name());
      }
      spec.addMethod(bodyGetter(body));
      fields.add(body.name());
    });
    inputs.itemLimit().ifPresent(limit -> {
      spec.addField(Integer.class, limit, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = builder.$N", limit, limit);
      spec.addMethod(MethodSpec.methodBuilder(limit).addModifiers(Modifier.PUBLIC)
          .returns(JavaTypesSupport.optional(TypeName.get(Integer.class)))
          .addJavadoc("The most items iterating the result yields.\n")
          .addStatement("return $T.ofNullable($N)", Optional.class, limit).build());
      fields.add(limit);
    });
    spec.addMethod(constructor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name.nestedClass("Builder")).addJavadoc("A builder with nothing set.\n")
        .addStatement("return new Builder()").build());
    spec.addMethod(MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
        .returns(name.nestedClass("Builder")).addJavadoc("A builder holding these values.\n")
        .addStatement("return new Builder(this)").build());
    spec.addMethods(ValueMethods.of(name, fields));
    spec.addType(builder(name, inputs));
    return JavaLayout.file(name.packageName(), spec.build());
  }

  private boolean mentionsDeprecated(Operation operation) {
    return operation.parameters().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || operation.body().map(b -> types.mentionsDeprecated(b.preferred().type())).orElse(false);
  }

  private static MethodSpec getter(OperationInputs.Param p) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(p.getterType())
        .addJavadoc("$L", doc(p));
    if (p.deprecated()) {
      getter.addAnnotation(Deprecated.class);
    }
    return p.required()
        ? getter.addStatement("return $N", p.name()).build()
        : getter.addStatement("return $T.ofNullable($N)", Optional.class, p.name()).build();
  }

  private static String doc(OperationInputs.Param p) {
    String where = p.parameter().location().name().toLowerCase(java.util.Locale.ROOT);
    return Javadoc.orElse(p.parameter().docs(), "The " + where + " parameter {@code " + Javadoc.escape(p.parameter().name().wire()) + "}.");
  }

  private static MethodSpec bodyGetter(OperationInputs.Body body) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(body.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(body.getterType())
        .addJavadoc("The request body.\n");
    return body.required()
        ? getter.addStatement("return $N", body.name()).build()
        : getter.addStatement("return $T.ofNullable($N)", Optional.class, body.name()).build();
  }

  private TypeSpec builder(ClassName params, OperationInputs inputs) {
    ClassName builder = params.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}.\n", params);
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(params, "source");
    for (OperationInputs.Param p : inputs.params()) {
      spec.addField(p.type(), p.name(), Modifier.PRIVATE);
      copy.addStatement("this.$N = source.$N", p.name(), p.name());
      spec.addMethod(paramSetter(builder, p));
    }
    inputs.body().ifPresent(body -> new ParamsBodyMethods(symbols, builder, body).addTo(spec, copy));
    inputs.itemLimit().ifPresent(limit -> {
      spec.addField(Integer.class, limit, Modifier.PRIVATE);
      copy.addStatement("this.$N = source.$N", limit, limit);
      spec.addMethod(MethodSpec.methodBuilder(limit).addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(int.class, limit)
          .addJavadoc("The most items iterating the result yields, a positive number; no page past them is fetched.\n")
          .addStatement("this.$N = $T.itemLimit($N, $S)", limit, symbols.core("Checks"), limit, limit)
          .addStatement("return this").build());
    });
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(copy.build());
    spec.addMethod(build(params, inputs));
    return spec.build();
  }

  private static MethodSpec paramSetter(ClassName builder, OperationInputs.Param p) {
    TypeName type = p.setterType();
    MethodSpec.Builder setter = MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, p.name())
        .addJavadoc("$L", doc(p));
    if (p.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    CodeBlock value = type.isPrimitive() ? CodeBlock.of("$N", p.name()) : CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, p.name(), p.name());
    return setter.addStatement("this.$N = $L", p.name(), value).addStatement("return this").build();
  }

  private MethodSpec build(ClassName params, OperationInputs inputs) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(params)
        .addJavadoc(inputs.groups().isEmpty() ? "Builds the parameters; fails naming the first required one that is not set.\n"
            : "Builds the parameters; fails naming the first required one that is not set, or a group of which none is.\n");
    ClassName checks = symbols.core("Checks");
    for (OperationInputs.Param p : inputs.params()) {
      if (p.required()) {
        build.addStatement("$T.required($N, $S)", checks, p.name(), p.name());
      }
    }
    inputs.body().filter(b -> b.required() && !b.flattened())
        .ifPresent(b -> build.addStatement("$T.required($N, $S)", checks, b.name(), b.name()));
    if (inputs.groups().isEmpty()) {
      return build.addStatement("return new $T(this)", params).build();
    }
    build.addStatement("$T built = new $T(this)", params, params);
    for (List<OperationInputs.Member> group : inputs.groups()) {
      CodeBlock.Builder call = CodeBlock.builder().add("$T.requireOneOf($S", checks,
          String.join(", ", group.stream().map(OperationInputs.Member::name).toList()));
      group.forEach(member -> call.add(", $L", given(member, inputs)));
      build.addStatement(call.add(")").build());
    }
    return build.addStatement("return built").build();
  }

  /** Whether the built parameters hold {@code member}: a parameter is set, or the body has the property. */
  private static CodeBlock given(OperationInputs.Member member, OperationInputs inputs) {
    if (member.bodyGetter().isEmpty()) {
      return CodeBlock.of("built.$N != null", member.name());
    }
    OperationInputs.Body body = inputs.body().orElseThrow();
    CodeBlock present = CodeBlock.of("built.$N.$N().isPresent()", body.name(), member.bodyGetter().get());
    return body.required() ? present : CodeBlock.of("(built.$N != null && $L)", body.name(), present);
  }

  /** Upload overloads for a body or property holding a file. */
  static List<MethodSpec> uploads(ClassName builder, String name, ClassName upload, boolean deprecated) {
    List<MethodSpec> methods = new ArrayList<>();
    for (Class<?> source : List.of(Path.class, byte[].class, InputStream.class)) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(source, name)
          .addJavadoc("Sets {@code $L} from a {@code $L}.\n", name, source.getSimpleName())
          .addStatement("return $N($T.of($N))", name, upload, name);
      if (deprecated) {
        method.addAnnotation(Deprecated.class);
      }
      methods.add(method.build());
    }
    return methods;
  }

}
