package dev.switchboard.golang;

import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An example function calling one method with the plan's example values on a client of a stub
 * server that answers with an empty body of the result's shape, so that {@code go test} compiles
 * and runs every call the README describes.
 */
final class ExampleCall {
  private final GoTypes types;
  private final GoExamples values;
  private final PlanOperation operation;
  private final String receiver;
  private final String name;
  private final String method;
  private final String paramsType;
  private final Map<Input, String> fields;
  private final List<Input> held;

  /**
   * The example {@code name} calling {@code method} on {@code receiver} ({@code client.Messages},
   * {@code client.Message("SM…")}), which holds the path parameters {@code held}; {@code fields}
   * names the params struct's fields by input.
   */
  ExampleCall(GoTypes types, PlanOperation operation, String receiver, String name, String method, String paramsType,
      Map<Input, String> fields, List<Input> held) {
    this.types = types;
    this.values = new GoExamples(types);
    this.operation = operation;
    this.receiver = receiver;
    this.name = name;
    this.method = method;
    this.paramsType = paramsType;
    this.fields = Map.copyOf(fields);
    this.held = List.copyOf(held);
  }

  Views.Example view() {
    List<String> body = new ArrayList<>();
    body.add("client, done := exampleClient(" + stub() + ")");
    body.add("defer done()");
    String call = receiver + "." + method + "(" + String.join(", ", arguments()) + ")";
    Result result = operation.result();
    String output = "<nil>";
    if (result instanceof Result.None) {
      body.add("err := " + call);
      body.add("fmt.Println(err)");
    } else if (result instanceof Result.Deleted) {
      body.add("deleted, err := " + call);
      body.add("fmt.Println(deleted, err)");
      output = "true <nil>";
    } else if (result instanceof Result.Paged || result instanceof Result.Stream) {
      body.add("for _, err := range " + call + " {");
      body.add("\tif err != nil {");
      body.add("\t\tfmt.Println(err)");
      body.add("\t}");
      body.add("}");
      body.add("fmt.Println(\"done\")");
      output = "done";
    } else if (result instanceof Result.Binary) {
      body.add("content, err := " + call);
      body.add("if err == nil {");
      body.add("\terr = content.Close()");
      body.add("}");
      body.add("fmt.Println(err)");
    } else {
      body.add("_, err := " + call);
      body.add("fmt.Println(err)");
    }
    return new Views.Example(name, body, output, result instanceof Result.Paged);
  }

  private List<String> arguments() {
    List<String> arguments = new ArrayList<>(List.of("context.Background()"));
    List<String> given = new ArrayList<>();
    for (Input input : operation.inputs()) {
      String field = fields.get(input);
      if (held.contains(input)) {
        continue;
      }
      if (field == null) {
        arguments.add(values.argument(input));
      } else if (input.example().isPresent()) {
        given.add(field + ": " + (isReader(input) ? "strings.NewReader(\"example\")"
            : values.value(input.example().get(), input.type(), input.required())));
      }
    }
    if (paramsType != null) {
      arguments.add(paramsType + "{" + String.join(", ", given) + "}");
    }
    return arguments;
  }

  private boolean isReader(Input input) {
    return input.location() == Input.Location.BODY && operation.body().map(b -> b.kind() == MediaKind.BINARY).orElse(false);
  }

  /** The stub's status, media type and body: an empty value of the result's shape. */
  private String stub() {
    Result result = operation.result();
    if (result instanceof Result.None || result instanceof Result.Deleted) {
      return "204, \"\", \"\"";
    }
    String mediaType = GoText.quote(result.bodyMediaType().orElse(""));
    if (result instanceof Result.Text) {
      return "200, " + mediaType + ", \"ok\"";
    }
    if (result instanceof Result.Binary || result instanceof Result.Stream) {
      return "200, " + mediaType + ", \"\"";
    }
    return "200, " + mediaType + ", " + GoText.quote(empty(result.decodedType().orElseThrow()));
  }

  private String empty(TypeRef ref) {
    TypeRef plain = ref.nonNull();
    if (plain instanceof TypeRef.ListOf) {
      return "[]";
    }
    if (plain instanceof TypeRef.PrimitiveRef primitive) {
      return switch (primitive.primitive()) {
        case BOOLEAN -> "false";
        case INTEGER, INT32, INT64, NUMBER, FLOAT, DOUBLE -> "0";
        case DATE_TIME -> "\"2026-01-02T03:04:05Z\"";
        case DATE_TIME_RFC_2822 -> "\"Fri, 02 Jan 2026 03:04:05 +0000\"";
        default -> primitive.primitive() == Primitive.STRING ? "\"\"" : "\"\"";
      };
    }
    if (plain instanceof TypeRef.Named named) {
      TypeDecl decl = types.decl(named.id());
      if (decl instanceof TypeDecl.AliasType alias) {
        return empty(alias.target());
      }
      if (decl instanceof TypeDecl.EnumType enumType) {
        return enumType.base() == TypeDecl.EnumBase.INTEGER ? "0" : "\"\"";
      }
    }
    return plain instanceof TypeRef.Literal literal ? literal.value().toString() : "{}";
  }
}
