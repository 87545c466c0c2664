package dev.switchboard.java;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** Small type helpers shared by generators. */
final class JavaTypesSupport {
  private JavaTypesSupport() {}

  static TypeName optional(TypeName type) {
    return ParameterizedTypeName.get(JavaTypes.OPTIONAL, type.isPrimitive() ? type.box() : type);
  }
}
