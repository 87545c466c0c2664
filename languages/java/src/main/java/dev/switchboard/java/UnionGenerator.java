package dev.switchboard.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plugin.NameKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A oneOf or anyOf as one class holding exactly one variant, with a visitor and an unknown variant
 * for JSON that matches none.
 */
final class UnionGenerator {
  private static final Set<String> RESERVED = Set.of("unknown", "json", "accept", "visitor", "isUnknown");

  private final JavaTypes types;
  private final JavaSymbols symbols;

  UnionGenerator(JavaTypes types) {
    this.types = types;
    this.symbols = types.symbols();
  }

  /** A variant with its Java names. */
  private record Member(TypeDecl.Variant variant, String name, TypeName type) {
    String pascal() {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1).replaceFirst("^_", "");
    }
  }

  JavaFile generate(TypeDecl.UnionType union) {
    ClassName name = symbols.type(union);
    List<Member> members = members(union);
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Javadoc.orElse(union.docs(), "One of several shapes of {@code " + Javadoc.escape(union.name().wire()) + "}."))
        .addJavadoc("\n<p>Use {@link #accept(Visitor)} to handle each variant; JSON that matches none is kept as the unknown variant.\n")
        .addAnnotation(AnnotationSpec.builder(Jackson.DESERIALIZE).addMember("using", "$T.class", name.nestedClass("Deserializer")).build());
    if (union.docs().deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    if (union.variants().stream().anyMatch(v -> types.mentionsDeprecated(v.type()))) {
      spec.addAnnotation(Jackson.suppress("deprecation"));
    }
    members.forEach(m -> spec.addField(m.type(), m.name(), Modifier.PRIVATE, Modifier.FINAL));
    spec.addField(JavaTypes.JSON_NODE, "unknown", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(constructor(members));
    for (int i = 0; i < members.size(); i++) {
      spec.addMethods(variantMethods(name, members, i));
    }
    spec.addMethods(unknownMethods(name, members));
    spec.addMethod(accept(name, members));
    spec.addMethod(jsonValue(members));
    List<String> fields = new ArrayList<>();
    members.forEach(m -> fields.add(m.name()));
    fields.add("unknown");
    spec.addMethods(ValueMethods.of(name, fields));
    spec.addType(visitor(members));
    spec.addType(new UnionDeserializerGenerator(types).generate(name, union, members.stream().map(m -> new UnionDeserializerGenerator.Choice(m.variant(), m.pascal(), m.type())).toList()));
    return JavaLayout.file(name.packageName(), spec.build());
  }

  /** The static factory that wraps a value of the object variant {@code variant}, e.g. {@code ofCat}. */
  String factory(TypeDecl.UnionType union, TypeDecl.ObjectType variant) {
    return members(union).stream()
        .filter(m -> m.variant().type() instanceof TypeRef.Named named && named.id().equals(variant.id()))
        .findFirst().map(m -> "of" + m.pascal()).orElseThrow();
  }

  private List<Member> members(TypeDecl.UnionType union) {
    Map<TypeDecl.Variant, String> names = symbols.members(NameKind.PROPERTY, union.variants(), TypeDecl.Variant::name,
        v -> union.source(), RESERVED);
    List<Member> members = new ArrayList<>();
    union.variants().forEach(v -> members.add(new Member(v, names.get(v), types.boxed(v.type()))));
    return members;
  }

  private static MethodSpec constructor(List<Member> members) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    members.forEach(m -> constructor.addParameter(m.type(), m.name()).addStatement("this.$N = $N", m.name(), m.name()));
    return constructor.addParameter(JavaTypes.JSON_NODE, "unknown").addStatement("this.unknown = unknown").build();
  }

  private static CodeBlock arguments(List<Member> members, int chosen, CodeBlock value) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      args.add(i == chosen ? value : CodeBlock.of("null")).add(", ");
    }
    return args.add(chosen == -1 ? value : CodeBlock.of("null")).build();
  }

  private static List<MethodSpec> variantMethods(ClassName name, List<Member> members, int index) {
    Member m = members.get(index);
    MethodSpec of = MethodSpec.methodBuilder("of" + m.pascal())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(m.type(), m.name())
        .addJavadoc("The {@code $L} variant.\n", m.name())
        .addStatement("return new $T($L)", name, arguments(members, index, CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, m.name(), m.name())))
        .build();
    MethodSpec get = MethodSpec.methodBuilder(m.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), m.type()))
        .addJavadoc("The {@code $L} variant, or empty when this holds another.\n", m.name())
        .addStatement("return $T.ofNullable($N)", Optional.class, m.name())
        .build();
    MethodSpec is = MethodSpec.methodBuilder("is" + m.pascal())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("True when this holds the {@code $L} variant.\n", m.name())
        .addStatement("return $N != null", m.name())
        .build();
    return List.of(of, get, is);
  }

  private static List<MethodSpec> unknownMethods(ClassName name, List<Member> members) {
    MethodSpec of = MethodSpec.methodBuilder("ofUnknown")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(JavaTypes.JSON_NODE, "json")
        .addJavadoc("JSON that matches no variant this SDK knows.\n")
        .addStatement("return new $T($L)", name, arguments(members, -1, CodeBlock.of("$T.requireNonNull(json, $S)", Objects.class, "json")))
        .build();
    MethodSpec get = MethodSpec.methodBuilder("unknown")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), JavaTypes.JSON_NODE))
        .addJavadoc("The JSON of an unknown variant, or empty when this holds a known one.\n")
        .addStatement("return $T.ofNullable(unknown)", Optional.class)
        .build();
    MethodSpec is = MethodSpec.methodBuilder("isUnknown")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("True when the JSON matched no known variant.\n")
        .addStatement("return unknown != null")
        .build();
    return List.of(of, get, is);
  }

  private static MethodSpec accept(ClassName name, List<Member> members) {
    TypeVariableName r = TypeVariableName.get("R");
    MethodSpec.Builder accept = MethodSpec.methodBuilder("accept")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .returns(r)
        .addParameter(ParameterizedTypeName.get(name.nestedClass("Visitor"), r), "visitor")
        .addJavadoc("Calls the visitor method for the variant this holds.\n");
    for (Member m : members) {
      accept.beginControlFlow("if ($N != null)", m.name())
          .addStatement("return visitor.visit$L($N)", m.pascal(), m.name())
          .endControlFlow();
    }
    return accept.addStatement("return visitor.visitUnknown(unknown)").build();
  }

  private static MethodSpec jsonValue(List<Member> members) {
    MethodSpec.Builder json = MethodSpec.methodBuilder("json")
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Jackson.VALUE)
        .returns(Object.class);
    for (Member m : members) {
      json.beginControlFlow("if ($N != null)", m.name()).addStatement("return $N", m.name()).endControlFlow();
    }
    return json.addStatement("return unknown").build();
  }

  private static TypeSpec visitor(List<Member> members) {
    TypeVariableName r = TypeVariableName.get("R");
    TypeSpec.Builder visitor = TypeSpec.interfaceBuilder("Visitor")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .addJavadoc("Handles each variant.\n\n@param <R> what handling a variant returns\n");
    for (Member m : members) {
      visitor.addMethod(MethodSpec.methodBuilder("visit" + m.pascal())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(r)
          .addParameter(m.type(), m.name())
          .addJavadoc("Handles the {@code $L} variant.\n", m.name())
          .build());
    }
    visitor.addMethod(MethodSpec.methodBuilder("visitUnknown")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(r)
        .addParameter(JavaTypes.JSON_NODE, "json")
        .addJavadoc("Handles JSON that matches no known variant.\n")
        .build());
    return visitor.build();
  }

}
