package dev.switchboard.java;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.readme.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The README's example call of each operation, with the plan's example values spelled in Java:
 * models and params through their builders, union variants through their factories, enums
 * through {@code of}, dates parsed, files as {@code UploadFile}s.
 */
final class JavaExamples {
  private final JavaTypes types;
  private final Map<String, Map<String, String>> setters = new HashMap<>();

  JavaExamples(JavaTypes types) {
    this.types = types;
  }

  /**
   * {@code receiver.method(params)} with the README call's example values (every required input
   * but the path values the receiver holds, in plan order), its result in a variable named for the
   * result's kind; {@code receiver} is a flat resource's accessor ({@code client.pets()}) or the
   * way to a resource of the tree ({@code client.accounts("AC1").messages()}).
   */
  String invoke(String receiver, ResourceModel.Method method, Call call) {
    List<String> setters = new ArrayList<>();
    for (Call.Argument argument : call.arguments()) {
      if (held(method, argument)) {
        continue;
      }
      setters.add("." + setter(method.inputs(), argument.location(), argument.wire()) + "(" + value(argument.example()) + ")");
    }
    String params = setters.isEmpty() ? ""
        : types.symbols().params(method.operation()).simpleName() + ".builder()\n    "
            + String.join("\n    ", setters) + "\n    .build()";
    String invocation = receiver + "." + method.name() + "(" + params + ");";
    return assignment(call.result()) + invocation;
  }

  /** Where the example keeps what the call returns, named for the result's kind. */
  private static String assignment(Result result) {
    if (result instanceof Result.None) {
      return "";
    }
    if (result instanceof Result.Deleted) {
      return "boolean deleted = ";
    }
    return "var " + (result instanceof Result.Paged ? "page" : "result") + " = ";
  }

  /** Whether the argument is a path value the resource holds, not a parameter of the call. */
  private static boolean held(ResourceModel.Method method, Call.Argument argument) {
    return argument.location() == Input.Location.PATH
        && method.inputs().bound().stream().anyMatch(p -> p.parameter().name().wire().equals(argument.wire()));
  }

  /** The example value of the path value {@code wire}, or its name as text when the call has none. */
  String pathValue(Call call, String wire) {
    return call.arguments().stream().filter(a -> a.location() == Input.Location.PATH && a.wire().equals(wire))
        .findFirst().map(a -> value(a.example())).orElse(JavaLiteral.of(wire).toString());
  }

  /** The params builder's setter for a plan input. */
  private static String setter(OperationInputs inputs, Input.Location location, String wire) {
    if (location == Input.Location.BODY) {
      return inputs.body().orElseThrow().name();
    }
    if (location == Input.Location.BODY_FIELD) {
      OperationInputs.Body body = inputs.body().orElseThrow();
      for (int i = 0; i < body.properties().size(); i++) {
        if (body.properties().get(i).wire().equals(wire)) {
          return body.propertyNames().get(i);
        }
      }
      throw new IllegalStateException("no body field " + wire);
    }
    return inputs.params().stream()
        .filter(p -> p.parameter().name().wire().equals(wire)
            && p.parameter().location().name().equals(location.name()))
        .findFirst().orElseThrow().name();
  }

  private String value(ExampleValue value) {
    if (value instanceof ExampleValue.Scalar scalar) {
      return scalar(scalar);
    }
    if (value instanceof ExampleValue.EnumConstant constant) {
      return types.symbols().type(constant.type()).simpleName() + ".of(" + literal(constant.value(), true) + ")";
    }
    if (value instanceof ExampleValue.ObjectValue object) {
      return object(object);
    }
    if (value instanceof ExampleValue.ListValue list) {
      return "List.of(" + list.items().stream().map(this::value).collect(Collectors.joining(", ")) + ")";
    }
    if (value instanceof ExampleValue.MapValue map) {
      return "Map.of(" + map.entries().stream().map(e -> JavaLiteral.of(e.wire()) + ", " + value(e.value()))
          .collect(Collectors.joining(", ")) + ")";
    }
    if (value instanceof ExampleValue.Json json) {
      return json(json.value());
    }
    return "null";
  }

  private String object(ExampleValue.ObjectValue object) {
    TypeDecl.ObjectType decl = (TypeDecl.ObjectType) types.declaration(new TypeRef.Named(object.type())).orElseThrow();
    Map<String, String> names = setters.computeIfAbsent(object.type(), id -> {
      Map<String, String> byWire = new HashMap<>();
      new ModelGenerator(types).properties(decl).forEach(p -> byWire.put(p.wire(), p.name()));
      return byWire;
    });
    StringBuilder out = new StringBuilder(types.symbols().type(object.type()).simpleName()).append(".builder()");
    object.fields().stream().filter(f -> names.containsKey(f.wire()))
        .forEach(f -> out.append('.').append(names.get(f.wire())).append('(').append(value(f.value())).append(')'));
    out.append(".build()");
    Optional<String> factory = object.union().map(id -> (TypeDecl.UnionType) types.declaration(new TypeRef.Named(id)).orElseThrow())
        .map(union -> types.symbols().type(union).simpleName() + "." + new UnionGenerator(types).factory(union, decl));
    return factory.map(f -> f + "(" + out + ")").orElse(out.toString());
  }

  private static String scalar(ExampleValue.Scalar scalar) {
    JsonNode value = scalar.value();
    return switch (scalar.primitive()) {
      case BOOLEAN -> value.asText();
      case INTEGER, INT64 -> value.asText() + "L";
      case INT32 -> value.asText();
      case NUMBER, DOUBLE -> value.isIntegralNumber() ? value.asText() + ".0" : value.asText();
      case FLOAT -> value.asText() + "f";
      case DATE -> "LocalDate.parse(" + JavaLiteral.of(value.asText()) + ")";
      case DATE_TIME -> "OffsetDateTime.parse(" + JavaLiteral.of(value.asText()) + ")";
      case DATE_TIME_RFC_2822 -> "OffsetDateTime.parse(" + JavaLiteral.of(DateTimeFormat.RFC_2822.parse(value.asText()).toString()) + ")";
      case BINARY -> "UploadFile.of(Path.of(" + JavaLiteral.of(value.asText()) + "))";
      default -> JavaLiteral.of(value.asText()).toString();
    };
  }

  private static String literal(JsonNode value, boolean longs) {
    if (value.isTextual()) {
      return JavaLiteral.of(value.asText()).toString();
    }
    return value.isIntegralNumber() && longs ? value.asText() + "L" : value.toString();
  }

  /** A constant's value as a literal; untyped JSON read from its text. */
  private static String json(JsonNode node) {
    if (node.isValueNode()) {
      return node.isNull() ? "null" : literal(node, false);
    }
    if (node.isEmpty()) {
      return "JsonNodeFactory.instance." + (node.isObject() ? "objectNode()" : "arrayNode()");
    }
    return "new ObjectMapper().readTree(" + JavaLiteral.of(node.toString()) + ")";
  }
}
