package dev.switchboard.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.TypeRef;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The nested {@code Builder} of a model: public setters for code, private ones for Jackson. */
final class ModelBuilderGenerator {
  private final JavaTypes types;
  private final JavaSymbols symbols;

  ModelBuilderGenerator(JavaTypes types) {
    this.types = types;
    this.symbols = types.symbols();
  }

  TypeSpec generate(ClassName model, List<ModelProperty> properties) {
    ClassName builder = model.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T} values.\n", model)
        .addAnnotation(symbols.core("JsonModel"))
        .addAnnotation(AnnotationSpec.builder(Jackson.POJO_BUILDER)
            .addMember("withPrefix", "$S", "_")
            .addMember("buildMethodName", "$S", "_build")
            .build())
        .addSuperinterface(symbols.core("Mismatches"));
    properties.forEach(p -> type.addField(field(p)));
    type.addField(FieldSpec.builder(Jackson.EXTRA_MAP, "additionalProperties", Modifier.PRIVATE)
        .initializer("new $T<>()", LinkedHashMap.class).build());
    type.addField(FieldSpec.builder(Jackson.EXTRA_MAP, "mismatchedProperties", Modifier.PRIVATE)
        .initializer("new $T<>()", LinkedHashMap.class).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copyConstructor(model, properties));
    for (ModelProperty p : properties) {
      type.addMethod(setter(builder, p));
      if (p.binary()) {
        type.addMethods(uploadOverloads(builder, p));
      }
      type.addMethod(jsonSetter(builder, p));
    }
    type.addMethods(extraSetters(builder));
    type.addMethod(build(model, properties));
    type.addMethod(MethodSpec.methodBuilder("_build")
        .addModifiers(Modifier.PRIVATE)
        .returns(model)
        .addStatement("return new $T(this)", model)
        .build());
    return type.build();
  }

  private FieldSpec field(ModelProperty p) {
    FieldSpec.Builder field = FieldSpec.builder(p.fieldType(), p.name(), Modifier.PRIVATE);
    TypeRef ref = types.resolve(p.property().type());
    if (p.required() && ref instanceof TypeRef.Literal literal) {
      if (literal.value().isTextual()) {
        field.initializer("$L", JavaLiteral.of(literal.value().asText()));
      } else if (literal.value().isIntegralNumber()) {
        field.initializer("$LL", literal.value().asLong());
      } else if (literal.value().isBoolean()) {
        field.initializer("$L", literal.value().asBoolean());
      }
    }
    return field.build();
  }

  private MethodSpec copyConstructor(ClassName model, List<ModelProperty> properties) {
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(model, "source");
    properties.forEach(p -> copy.addStatement("this.$N = source.$N", p.name(), p.name()));
    copy.addStatement("this.additionalProperties.putAll(source.additionalProperties())");
    copy.addStatement("this.mismatchedProperties.putAll(source.mismatchedProperties())");
    return copy.build();
  }

  private MethodSpec setter(ClassName builder, ModelProperty p) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(p.setterType(), p.name())
        .addJavadoc("$L", setterDoc(p));
    if (p.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    return setter.addCode(assign(p, CodeBlock.of("$N", p.name()), true)).addStatement("return this").build();
  }

  private static String setterDoc(ModelProperty p) {
    String doc = Javadoc.orElse(p.property().docs(), "Sets {@code " + Javadoc.escape(p.wire()) + "}.");
    return doc + nullDoc(p);
  }

  /** What passing null means for a nullable property: JSON null; unset means absent, or a failing build(). */
  static String nullDoc(ModelProperty p) {
    if (!p.nullable()) {
      return "";
    }
    return p.required()
        ? "\n<p>Required: pass {@code null} to send JSON {@code null}; {@code build()} fails when it is not set.\n"
        : "\n<p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.\n";
  }

  /** Stores a value; code must not pass null for a property that cannot be null. */
  static CodeBlock assign(ModelProperty p, CodeBlock value, boolean checked) {
    if (p.threeState()) {
      return CodeBlock.builder().addStatement("this.$N = $T.ofNullable($L)", p.name(), Optional.class, value).build();
    }
    if (checked && !p.nullable() && !p.setterType().isPrimitive()) {
      return CodeBlock.builder().addStatement("this.$N = $T.requireNonNull($L, $S)", p.name(), Objects.class, value, p.name()).build();
    }
    return CodeBlock.builder().addStatement("this.$N = $L", p.name(), value).build();
  }

  private List<MethodSpec> uploadOverloads(ClassName builder, ModelProperty p) {
    ClassName upload = symbols.core("UploadFile");
    return List.of(
        upload(builder, p, Path.class, "The file at a path, read when the request is sent.", upload),
        upload(builder, p, byte[].class, "The given bytes.", upload),
        upload(builder, p, InputStream.class, "Everything the stream holds, read now.", upload));
  }

  private static MethodSpec upload(ClassName builder, ModelProperty p, java.lang.reflect.Type source, String doc, ClassName upload) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(source, p.name())
        .addJavadoc("Sets {@code $L}: $L\n", Javadoc.escape(p.wire()), doc)
        .addStatement("return $N($T.of($N))", p.name(), upload, p.name());
    if (p.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method.build();
  }

  private MethodSpec jsonSetter(ClassName builder, ModelProperty p) {
    return MethodSpec.methodBuilder(p.jsonName())
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Jackson.property(p.wire()))
        .returns(builder)
        .addParameter(p.type(), "value")
        .addCode(assign(p, CodeBlock.of("value"), false))
        .addStatement("return this")
        .build();
  }

  private List<MethodSpec> extraSetters(ClassName builder) {
    MethodSpec put = MethodSpec.methodBuilder("putAdditionalProperty")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(JsonNode.class, "value")
        .addJavadoc("Sends a property this SDK does not declare.\n")
        .addStatement("additionalProperties.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class, "name", Objects.class, "value")
        .addStatement("return this")
        .build();
    MethodSpec json = MethodSpec.methodBuilder("_putAdditionalProperty")
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Jackson.ANY_SETTER)
        .addParameter(String.class, "name")
        .addParameter(JsonNode.class, "value")
        .addStatement("additionalProperties.put(name, value)")
        .build();
    MethodSpec mismatched = MethodSpec.methodBuilder("putMismatchedProperty")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(JsonNode.class, "value")
        .addStatement("mismatchedProperties.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))", Objects.class, "name", Objects.class, "value")
        .addStatement("return this")
        .build();
    return List.of(put, json, mismatched);
  }

  private MethodSpec build(ClassName model, List<ModelProperty> properties) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(model)
        .addJavadoc("Builds the value; fails naming the first required property that is not set.\n");
    for (ModelProperty p : properties) {
      if (p.required()) {
        // A nullable one holds an Optional once set, even to null.
        build.addStatement("$T.required($N, $S)", symbols.core("Checks"), p.name(), p.name());
      }
    }
    return build.addStatement("return new $T(this)", model).build();
  }
}
