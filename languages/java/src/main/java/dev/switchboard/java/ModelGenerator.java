package dev.switchboard.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.Redaction;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.spec.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** An object schema as an immutable class with a builder; unknown JSON properties are kept. */
final class ModelGenerator {
  static final Set<String> RESERVED = reserved();

  private final JavaTypes types;
  private final JavaSymbols symbols;

  ModelGenerator(JavaTypes types) {
    this.types = types;
    this.symbols = types.symbols();
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(JavaNames.OBJECT_MEMBERS);
    names.addAll(Set.of("builder", "toBuilder", "build", "additionalProperties", "putAdditionalProperty",
        "mismatchedProperties", "putMismatchedProperty", "Builder"));
    return Set.copyOf(names);
  }

  /** The properties of {@code type} with their Java names, in spec order. */
  List<ModelProperty> properties(TypeDecl.ObjectType type) {
    List<Property> properties = type.properties();
    Map<Property, String> names = symbols.members(NameKind.PROPERTY, properties, Property::name,
        p -> JsonPointers.child(type.source() + "/properties", p.name().wire()), RESERVED);
    List<ModelProperty> result = new ArrayList<>();
    for (Property property : properties) {
      TypeRef ref = property.type();
      result.add(new ModelProperty(property, names.get(property), types.boxed(ref), types.isNullable(ref), types.isBinary(ref)));
    }
    return result;
  }

  /** The model of {@code type}; its personal-data properties ({@code redaction}) masked in {@code toString()}. */
  JavaFile generate(TypeDecl.ObjectType type, Redaction redaction) {
    ClassName name = symbols.type(type);
    List<ModelProperty> properties = properties(type);
    TypeSpec.Builder model = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Javadoc.orElse(type.docs(), "The {@code " + Javadoc.escape(type.name().wire()) + "} object."))
        .addAnnotation(symbols.core("JsonModel"))
        .addAnnotation(AnnotationSpec.builder(Jackson.DESERIALIZE).addMember("builder", "$T.class", name.nestedClass("Builder")).build());
    model.addAnnotation(order(properties));
    if (type.docs().deprecated()) {
      model.addAnnotation(Deprecated.class);
    }
    if (type.properties().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))) {
      model.addAnnotation(Jackson.suppress("deprecation"));
    }
    properties.forEach(p -> model.addField(p.fieldType(), p.name(), Modifier.PRIVATE, Modifier.FINAL));
    model.addField(Jackson.EXTRA_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL);
    model.addField(Jackson.EXTRA_MAP, "mismatchedProperties", Modifier.PRIVATE, Modifier.FINAL);
    model.addMethod(constructor(name, properties));
    properties.forEach(p -> model.addMethod(getter(p)).addMethod(jsonGetter(p)));
    model.addMethods(extraMembers(name));
    Set<String> masked = new HashSet<>();
    properties.stream().filter(p -> redaction.sensitive(type.id(), p.wire())).forEach(p -> masked.add(p.name()));
    model.addMethods(ValueMethods.of(name, fieldNames(properties), masked, symbols.core("Checks")));
    model.addType(new ModelBuilderGenerator(types).generate(name, properties));
    return JavaLayout.file(name.packageName(), model.build());
  }

  /** Writes properties in schema order, whatever order reflection lists the accessors in. */
  private static AnnotationSpec order(List<ModelProperty> properties) {
    AnnotationSpec.Builder order = AnnotationSpec.builder(Jackson.PROPERTY_ORDER);
    properties.forEach(p -> order.addMember("value", "$L", JavaLiteral.of(p.wire())));
    return order.build();
  }

  static List<String> fieldNames(List<ModelProperty> properties) {
    List<String> names = new ArrayList<>();
    properties.forEach(p -> names.add(p.name()));
    names.add("additionalProperties");
    names.add("mismatchedProperties");
    return names;
  }

  private MethodSpec constructor(ClassName name, List<ModelProperty> properties) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(name.nestedClass("Builder"), "builder");
    for (ModelProperty p : properties) {
      constructor.addStatement("this.$N = $L", p.name(), copy(p, CodeBlock.of("builder.$N", p.name())));
    }
    constructor.addStatement("this.additionalProperties = $T.copy(builder.additionalProperties)", symbols.core("Checks"));
    constructor.addStatement("this.mismatchedProperties = $T.copy(builder.mismatchedProperties)", symbols.core("Checks"));
    return constructor.build();
  }

  private CodeBlock copy(ModelProperty p, CodeBlock value) {
    boolean collection = p.type() instanceof ParameterizedTypeName;
    if (!collection) {
      return value;
    }
    if (p.threeState()) {
      return CodeBlock.of("$L == null ? null : $L.map(value -> $T.copy(value))", value, value, symbols.core("Checks"));
    }
    return CodeBlock.of("$T.copy($L)", symbols.core("Checks"), value);
  }

  private MethodSpec getter(ModelProperty p) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(p.getterType())
        .addJavadoc("$L", Javadoc.orElse(p.property().docs(), "The {@code " + Javadoc.escape(p.wire()) + "} property."));
    if (p.deprecated()) {
      getter.addAnnotation(Deprecated.class);
    }
    if (!p.nullable() && p.required()) {
      return getter.addStatement("return $T.decoded($N, $L)", symbols.core("Checks"), p.name(), JavaLiteral.of(p.wire())).build();
    }
    if (p.threeState()) {
      return getter.addStatement("return $T.present($N)", symbols.core("Checks"), p.name()).build();
    }
    return getter.addStatement("return $T.ofNullable($N)", JavaTypes.OPTIONAL, p.name()).build();
  }

  private MethodSpec jsonGetter(ModelProperty p) {
    MethodSpec.Builder getter = MethodSpec.methodBuilder(p.jsonName())
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(p.required() ? Jackson.requiredProperty(p.wire()) : Jackson.property(p.wire()))
        .addAnnotation(AnnotationSpec.builder(Jackson.INCLUDE).addMember("value", "$T.$L", Jackson.INCLUDE_KIND, "NON_NULL").build());
    rfc2822(p.property().type()).ifPresent(getter::addAnnotation);
    if (p.threeState()) {
      return getter.returns(Object.class).addStatement("return $T.nullable($N)", symbols.core("Checks"), p.name()).build();
    }
    return getter.returns(p.type()).addStatement("return $N", p.name()).build();
  }

  /** Date-times the spec writes as RFC 2822 are written so, each item of a list too. */
  private Optional<AnnotationSpec> rfc2822(TypeRef type) {
    if (DateTimeFormat.of(type).orElse(DateTimeFormat.ISO_8601) != DateTimeFormat.RFC_2822) {
      return Optional.empty();
    }
    String member = type.nonNull() instanceof TypeRef.ListOf ? "contentUsing" : "using";
    return Optional.of(AnnotationSpec.builder(Jackson.SERIALIZE)
        .addMember(member, "$T.class", symbols.core("Rfc2822").nestedClass("Serializer")).build());
  }

  private List<MethodSpec> extraMembers(ClassName name) {
    MethodSpec extra = MethodSpec.methodBuilder("additionalProperties")
        .addModifiers(Modifier.PUBLIC)
        .returns(Jackson.EXTRA_MAP)
        .addJavadoc("Properties the API sent that this version of the SDK does not know.\n")
        .addStatement("return additionalProperties == null ? $T.of() : additionalProperties", Map.class)
        .build();
    MethodSpec json = MethodSpec.methodBuilder("_additionalProperties")
        .addModifiers(Modifier.PRIVATE)
        .addAnnotation(Jackson.ANY_GETTER)
        .returns(Jackson.EXTRA_MAP)
        .addStatement("return additionalProperties()")
        .build();
    MethodSpec mismatched = MethodSpec.methodBuilder("mismatchedProperties")
        .addModifiers(Modifier.PUBLIC)
        .returns(Jackson.EXTRA_MAP)
        .addJavadoc("Properties the API sent with a value of another type than declared, as received; their\n")
        .addJavadoc("getters read them as absent.\n")
        .addStatement("return mismatchedProperties == null ? $T.of() : mismatchedProperties", Map.class)
        .build();
    MethodSpec toBuilder = MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .returns(name.nestedClass("Builder"))
        .addJavadoc("A builder holding this object's values.\n")
        .addStatement("return new Builder(this)")
        .build();
    MethodSpec builder = MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name.nestedClass("Builder"))
        .addJavadoc("A builder with nothing set.\n")
        .addStatement("return new Builder()")
        .build();
    return List.of(extra, json, mismatched, toBuilder, builder);
  }
}
