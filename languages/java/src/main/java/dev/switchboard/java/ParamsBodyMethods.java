package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** The body part of a params builder: the whole body, and a setter per property when flattened. */
final class ParamsBodyMethods {
  private final JavaSymbols symbols;
  private final ClassName builder;
  private final OperationInputs.Body body;

  ParamsBodyMethods(JavaSymbols symbols, ClassName builder, OperationInputs.Body body) {
    this.symbols = symbols;
    this.builder = builder;
    this.body = body;
  }

  void addTo(TypeSpec.Builder spec, MethodSpec.Builder copy) {
    if (body.flattened()) {
      addFlattened(spec, copy);
    } else {
      addWhole(spec, copy);
    }
  }

  private void addWhole(TypeSpec.Builder spec, MethodSpec.Builder copy) {
    spec.addField(body.type(), body.name(), Modifier.PRIVATE);
    copy.addStatement("this.$N = source.$N", body.name(), body.name());
    spec.addMethod(MethodSpec.methodBuilder(body.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(body.type(), body.name())
        .addJavadoc("Sets the request body ({@code $L}).\n", Javadoc.escape(body.content().mediaType()))
        .addStatement("this.$N = $T.requireNonNull($N, $S)", body.name(), Objects.class, body.name(), body.name())
        .addStatement("return this")
        .build());
    if (body.binary()) {
      spec.addMethods(ParamsGenerator.uploads(builder, body.name(), symbols.core("UploadFile"), false));
    }
  }

  private void addFlattened(TypeSpec.Builder spec, MethodSpec.Builder copy) {
    ClassName model = body.model().orElseThrow();
    ClassName modelBuilder = model.nestedClass("Builder");
    spec.addField(FieldSpec.builder(modelBuilder, body.name(), Modifier.PRIVATE).initializer("$T.builder()", model).build());
    spec.addField(boolean.class, "bodySet", Modifier.PRIVATE);
    copy.beginControlFlow("if (source.$N != null)", body.name())
        .addStatement("this.$N = source.$N.toBuilder()", body.name(), body.name())
        .addStatement("this.bodySet = true")
        .endControlFlow();
    spec.addMethod(MethodSpec.methodBuilder(body.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(model, body.name())
        .addJavadoc("Sets every body property at once from a {@link $T}.\n", model)
        .addStatement("this.$N = $N.toBuilder()", body.name(), body.name())
        .addStatement("this.bodySet = true")
        .addStatement("return this")
        .build());
    for (int i = 0; i < body.properties().size(); i++) {
      ModelProperty property = body.properties().get(i);
      String name = body.propertyNames().get(i);
      spec.addMethod(delegate(property, name));
      if (property.binary()) {
        spec.addMethods(ParamsGenerator.uploads(builder, name, symbols.core("UploadFile"), property.deprecated()));
      }
    }
  }

  private MethodSpec delegate(ModelProperty property, String name) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(property.setterType(), name)
        .addJavadoc("$L", Javadoc.orElse(property.property().docs(), "Sets the body property {@code " + Javadoc.escape(property.wire()) + "}."));
    setter.addJavadoc("$L", ModelBuilderGenerator.nullDoc(property));
    if (property.deprecated()) {
      setter.addAnnotation(Deprecated.class);
    }
    return setter.addStatement("this.$N.$N($N)", body.name(), property.name(), name)
        .addStatement("this.bodySet = true")
        .addStatement("return this")
        .build();
  }
}
