package dev.switchboard.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/** The Jackson and JDK names generated code refers to. */
final class Jackson {
  static final String ANNOTATION = "com.fasterxml.jackson.annotation";
  static final String DATABIND = "com.fasterxml.jackson.databind";
  static final ClassName PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
  static final ClassName PROPERTY_ORDER = ClassName.get(ANNOTATION, "JsonPropertyOrder");
  static final ClassName INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
  static final ClassName INCLUDE_KIND = INCLUDE.nestedClass("Include");
  static final ClassName ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
  static final ClassName ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
  static final ClassName CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
  static final ClassName VALUE = ClassName.get(ANNOTATION, "JsonValue");
  static final ClassName DESERIALIZE = ClassName.get(DATABIND + ".annotation", "JsonDeserialize");
  static final ClassName SERIALIZE = ClassName.get(DATABIND + ".annotation", "JsonSerialize");
  static final ClassName POJO_BUILDER = ClassName.get(DATABIND + ".annotation", "JsonPOJOBuilder");
  static final ClassName STD_DESERIALIZER = ClassName.get(DATABIND + ".deser.std", "StdDeserializer");
  static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
  static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName NODE_TYPE = ClassName.get(DATABIND + ".node", "JsonNodeType");
  static final TypeName EXTRA_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), JavaTypes.JSON_NODE);

  private Jackson() {}

  static AnnotationSpec property(String wire) {
    return AnnotationSpec.builder(PROPERTY).addMember("value", "$L", JavaLiteral.of(wire)).build();
  }

  /**
   * A required property's name. Jackson only records it (models are read through their builders,
   * leniently); it tells readers of the compiled classes, even where the getter is an Optional
   * because the property is nullable, that {@code build()} requires it.
   */
  static AnnotationSpec requiredProperty(String wire) {
    return AnnotationSpec.builder(PROPERTY).addMember("value", "$L", JavaLiteral.of(wire))
        .addMember("required", "true").build();
  }

  static AnnotationSpec suppress(String warning) {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", warning).build();
  }
}
