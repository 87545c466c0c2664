package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.TypeDecl;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * An open enumeration: a constant per known value, and any other value the API sends kept as it
 * is, readable as its wire value, never an error.
 */
final class EnumGenerator {
  private static final Set<String> RESERVED = Set.of("VALUES", "KNOWN");

  private final JavaSymbols symbols;

  EnumGenerator(JavaSymbols symbols) {
    this.symbols = symbols;
  }

  JavaFile generate(TypeDecl.EnumType type) {
    ClassName name = symbols.type(type);
    boolean integer = type.base() == TypeDecl.EnumBase.INTEGER;
    TypeName value = integer ? TypeName.LONG : ClassName.get(String.class);
    Map<TypeDecl.EnumValue, String> constants = symbols.constants(type.values(), TypeDecl.EnumValue::name, type.source(), RESERVED);
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(symbols.core("WireValue"))
        .addJavadoc("$L", Javadoc.orElse(type.docs(), "Values of {@code " + Javadoc.escape(type.name().wire()) + "}."))
        .addJavadoc("\n<p>Values this SDK does not know are kept and readable with {@link #value()}.\n");
    if (type.docs().deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    ClassName known = name.nestedClass("Known");
    TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(known)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values this version of the SDK knows, for use in {@code switch}.\n");
    for (TypeDecl.EnumValue constant : type.values()) {
      String constantName = constants.get(constant);
      knownEnum.addEnumConstant(constantName);
      spec.addField(FieldSpec.builder(name, constantName, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L", Javadoc.orElse(constant.docs(), "{@code " + Javadoc.escape(constant.value().asText()) + "}"))
          .initializer("new $T($L, $T.$N)", name, literal(constant, integer), known, constantName)
          .build());
    }
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), name), "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, String.join(", ", constants.values()))
        .build());
    spec.addField(value, "value", Modifier.PRIVATE, Modifier.FINAL);
    spec.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(value, "value").addParameter(known, "known")
        .addStatement("this.value = value").addStatement("this.known = known").build());
    spec.addMethods(accessors(name, value, known, integer));
    if (!type.values().isEmpty()) {
      spec.addType(knownEnum.build());
    } else {
      spec.addType(knownEnum.addEnumConstant("_NONE").build());
    }
    return JavaLayout.file(name.packageName(), spec.build());
  }

  private static CodeBlock literal(TypeDecl.EnumValue constant, boolean integer) {
    return integer ? CodeBlock.of("$LL", constant.value().asLong()) : JavaLiteral.of(constant.value().asText());
  }

  private static List<MethodSpec> accessors(ClassName name, TypeName value, ClassName known, boolean integer) {
    MethodSpec of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addAnnotation(Jackson.CREATOR)
        .returns(name)
        .addParameter(value, "value")
        .addJavadoc("The constant for a known value, or a new instance holding an unknown one.\n")
        .beginControlFlow("for ($T candidate : VALUES)", name)
        .beginControlFlow(integer ? "if (candidate.value == value)" : "if (candidate.value.equals(value))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement(integer ? "return new $T(value, null)" : "return new $T($T.requireNonNull(value, \"value\"), null)",
            integer ? new Object[] {name} : new Object[] {name, Objects.class})
        .build();
    MethodSpec getValue = MethodSpec.methodBuilder("value")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Jackson.VALUE)
        .returns(value)
        .addJavadoc("The value on the wire, known or not.\n")
        .addStatement("return value")
        .build();
    MethodSpec getKnown = MethodSpec.methodBuilder("known")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), known))
        .addJavadoc("The known value, or empty for a value this SDK does not know.\n")
        .addStatement("return $T.ofNullable(known)", Optional.class)
        .build();
    MethodSpec isKnown = MethodSpec.methodBuilder("isKnown")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("True when this SDK knows the value.\n")
        .addStatement("return known != null")
        .build();
    MethodSpec equals = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(boolean.class)
        .addParameter(Object.class, "other")
        .addStatement(integer ? "return other instanceof $T && (($T) other).value == value" : "return other instanceof $T && (($T) other).value.equals(value)", name, name)
        .build();
    MethodSpec hashCode = MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(int.class)
        .addStatement(integer ? "return Long.hashCode(value)" : "return value.hashCode()")
        .build();
    MethodSpec toString = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement(integer ? "return Long.toString(value)" : "return value")
        .build();
    return List.of(of, getValue, getKnown, isKnown, equals, hashCode, toString);
  }
}
