package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** {@code equals}, {@code hashCode} and {@code toString} over a class's fields. */
final class ValueMethods {
  private ValueMethods() {}

  static List<MethodSpec> of(ClassName type, List<String> fields) {
    return of(type, fields, Set.of(), null);
  }

  /** As {@link #of(ClassName, List)}, with {@code masked} fields shown as {@code checks.mask(field)}. */
  static List<MethodSpec> of(ClassName type, List<String> fields, Set<String> masked, ClassName checks) {
    return List.of(equalsMethod(type, fields), hashCodeMethod(fields), toStringMethod(type, fields, masked, checks));
  }

  private static MethodSpec equalsMethod(ClassName type, List<String> fields) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", type)
        .addStatement("return false")
        .endControlFlow();
    if (fields.isEmpty()) {
      return method.addStatement("return true").build();
    }
    method.addStatement("$T that = ($T) other", type, type);
    CodeBlock.Builder comparison = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      comparison.add(i == 0 ? "" : "\n&& ").add("$T.equals(this.$N, that.$N)", Objects.class, fields.get(i), fields.get(i));
    }
    return method.addStatement("return $L", comparison.build()).build();
  }

  private static MethodSpec hashCodeMethod(List<String> fields) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, String.join(", ", fields))
        .build();
  }

  private static MethodSpec toStringMethod(ClassName type, List<String> fields, Set<String> masked, ClassName checks) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", type.simpleName() + "{");
    for (int i = 0; i < fields.size(); i++) {
      String label = (i == 0 ? "" : ", ") + fields.get(i) + "=";
      if (masked.contains(fields.get(i))) {
        text.add("\n+ $S + $T.mask($N)", label, checks, fields.get(i));
      } else {
        text.add("\n+ $S + $N", label, fields.get(i));
      }
    }
    text.add("\n+ $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", text.build())
        .build();
  }
}
