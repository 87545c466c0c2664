package dev.switchboard.java;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.Property;

/**
 * How one property is held and exposed. A nullable property has three states (unset, JSON null, a
 * value) and is stored as a nullable {@code Optional}: null when unset, so that {@code build()} can
 * tell a required one that was never set from one set to null.
 */
record ModelProperty(Property property, String name, TypeName type, boolean nullable, boolean binary) {
  String wire() {
    return property.name().wire();
  }

  boolean required() {
    return property.required();
  }

  boolean threeState() {
    return nullable;
  }

  boolean deprecated() {
    return property.docs().deprecated();
  }

  /** The private field's type. */
  TypeName fieldType() {
    return threeState() ? ParameterizedTypeName.get(JavaTypes.OPTIONAL, type) : type;
  }

  /** What the public accessor returns. */
  TypeName getterType() {
    if (required() && !nullable) {
      return type.isBoxedPrimitive() ? type.unbox() : type;
    }
    return ParameterizedTypeName.get(JavaTypes.OPTIONAL, type);
  }

  /** The public setter's parameter: a primitive when null is not allowed. */
  TypeName setterType() {
    return !nullable && type.isBoxedPrimitive() ? type.unbox() : type;
  }

  /** The name of the private member Jackson reads and writes. */
  String jsonName() {
    return "_" + name;
  }
}
