package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/** The Jackson deserializer of a union: by discriminator when there is one, else by best fit. */
final class UnionDeserializerGenerator {
  private static final ClassName CODEC = ClassName.get("com.fasterxml.jackson.core", "ObjectCodec");
  private static final ClassName PROCESSING = ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");

  private final JavaTypes types;
  private final ClassName unions;

  UnionDeserializerGenerator(JavaTypes types) {
    this.types = types;
    this.unions = types.symbols().core("Unions");
  }

  /** A variant as the deserializer sees it. */
  record Choice(TypeDecl.Variant variant, String pascal, TypeName type) {}

  TypeSpec generate(ClassName union, TypeDecl.UnionType decl, List<Choice> choices) {
    TypeSpec.Builder spec = TypeSpec.classBuilder("Deserializer")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(Jackson.STD_DESERIALIZER, union))
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", union).build());
    if (decl.discriminator().isEmpty()) {
      spec.addField(shapes(choices));
    }
    return spec.addMethod(deserialize(union, decl, choices)).build();
  }

  private MethodSpec deserialize(ClassName union, TypeDecl.UnionType decl, List<Choice> choices) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("deserialize")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(union)
        .addParameter(Jackson.PARSER, "parser")
        .addParameter(Jackson.DESERIALIZATION_CONTEXT, "context")
        .addException(IOException.class)
        .addStatement("$T node = parser.readValueAsTree()", JavaTypes.JSON_NODE)
        .addStatement("$T codec = parser.getCodec()", CODEC)
        .beginControlFlow("try");
    if (decl.discriminator().isPresent()) {
      method.beginControlFlow("switch ($T.discriminator(node, $L))", unions, JavaLiteral.of(decl.discriminator().get().property().wire()));
      for (Choice choice : choices) {
        choice.variant().discriminatorValues().forEach(value -> method.addCode("case $L:\n", JavaLiteral.of(value)));
        if (!choice.variant().discriminatorValues().isEmpty()) {
          method.addStatement("$>return of$L($L)$<", choice.pascal(), decode(choice));
        }
      }
    } else {
      method.beginControlFlow("switch ($T.bestMatch(node, SHAPES))", unions);
      for (int i = 0; i < choices.size(); i++) {
        method.addCode("case $L:\n", i).addStatement("$>return of$L($L)$<", choices.get(i).pascal(), decode(choices.get(i)));
      }
    }
    return method.addCode("default:\n").addStatement("$>return ofUnknown(node)$<")
        .endControlFlow()
        .nextControlFlow("catch ($T e)", PROCESSING)
        .addStatement("return ofUnknown(node)")
        .endControlFlow()
        .build();
  }

  private CodeBlock decode(Choice choice) {
    return CodeBlock.of("$T.decode(codec, node, $L)", unions, types.token(choice.type()));
  }

  private FieldSpec shapes(List<Choice> choices) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < choices.size(); i++) {
      list.add(i == 0 ? "\n" : ",\n").add(shape(choices.get(i).variant().type()));
    }
    ClassName shape = unions.nestedClass("Shape");
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), shape), "SHAPES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.add(")").build())
        .build();
  }

  private CodeBlock shape(TypeRef ref) {
    ClassName shape = unions.nestedClass("Shape");
    TypeRef resolved = types.resolve(ref).nonNull();
    Optional<TypeDecl> decl = types.declaration(resolved);
    if (decl.isPresent() && decl.get() instanceof TypeDecl.ObjectType object) {
      return CodeBlock.of("$T.object($L, $L)", shape, names(object, true), names(object, false));
    }
    if (decl.isPresent() && decl.get() instanceof TypeDecl.EnumType enumType) {
      return nodeTypes(shape, enumType.base() == TypeDecl.EnumBase.INTEGER ? "NUMBER" : "STRING");
    }
    if (resolved instanceof TypeRef.PrimitiveRef primitive) {
      return nodeTypes(shape, primitiveNode(primitive));
    }
    if (resolved instanceof TypeRef.ListOf) {
      return nodeTypes(shape, "ARRAY");
    }
    if (resolved instanceof TypeRef.MapOf) {
      return nodeTypes(shape, "OBJECT");
    }
    return CodeBlock.of("$T.of($T.values())", shape, Jackson.NODE_TYPE);
  }

  private static String primitiveNode(TypeRef.PrimitiveRef primitive) {
    switch (primitive.primitive()) {
      case BOOLEAN:
        return "BOOLEAN";
      case INTEGER:
      case INT32:
      case INT64:
      case NUMBER:
      case FLOAT:
      case DOUBLE:
        return "NUMBER";
      default:
        return "STRING";
    }
  }

  private static CodeBlock nodeTypes(ClassName shape, String nodeType) {
    return CodeBlock.of("$T.of($T.$L)", shape, Jackson.NODE_TYPE, nodeType);
  }

  private static CodeBlock names(TypeDecl.ObjectType object, boolean requiredOnly) {
    StringJoiner joined = new StringJoiner(", ");
    for (Property property : object.properties()) {
      if (!requiredOnly || property.required()) {
        joined.add(JavaLiteral.of(property.name().wire()).toString());
      }
    }
    return CodeBlock.of("$T.of($L)", java.util.Set.class, joined.toString());
  }
}
