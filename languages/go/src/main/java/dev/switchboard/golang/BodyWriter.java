package dev.switchboard.golang;

import dev.switchboard.core.plan.FieldEncoding;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import java.util.List;
import java.util.Map;

/**
 * The statements that send an operation's body: a flattened body's fields written one by one in
 * schema order (JSON, form or multipart), a whole body as JSON, text or bytes. A flattened body
 * that need not be sent is left out when no field is given.
 */
final class BodyWriter {
  private final PlanOperation operation;
  private final PlanOperation.BodyPlan plan;
  private final Map<Input, String> values;

  BodyWriter(PlanOperation operation, PlanOperation.BodyPlan plan, Map<Input, String> values) {
    this.operation = operation;
    this.plan = plan;
    this.values = values;
  }

  void write(List<String> body) {
    String mediaType = GoText.quote(plan.mediaType());
    if (!plan.flattened()) {
      operation.inputs(Input.Location.BODY).stream().findFirst().ifPresent(input -> body.add(switch (plan.kind()) {
        case BINARY -> "req.ReaderBody(" + mediaType + ", " + values.get(input) + ")";
        case TEXT -> "req.TextBody(" + mediaType + ", " + values.get(input) + ")";
        default -> "req.JSONBody(" + mediaType + ", " + values.get(input) + ")";
      }));
      return;
    }
    List<Input> fields = operation.inputs(Input.Location.BODY_FIELD);
    boolean optional = !plan.required() && !fields.isEmpty();
    String indent = optional ? "\t" : "";
    if (optional) {
      body.add("if core.AnyGiven(" + String.join(", ", fields.stream().map(values::get).toList()) + ") {");
    }
    switch (plan.kind()) {
      case FORM -> {
        body.add(indent + "form := &core.Form{}");
        fields.forEach(f -> body.add(indent + "form.Add(" + GoText.quote(f.wire()) + ", " + values.get(f) + ", "
            + GoText.quote(plan.encoding(f.wire()).flatMap(FieldEncoding::formStyle).orElse("form")) + ")"));
        body.add(indent + "req.FormBody(" + mediaType + ", form)");
      }
      case MULTIPART -> {
        body.add(indent + "parts := &core.Multipart{}");
        fields.forEach(f -> body.add(indent + "parts.Add(" + GoText.quote(f.wire()) + ", " + values.get(f) + ", "
            + GoText.quote(plan.encoding(f.wire()).flatMap(FieldEncoding::contentType).orElse("")) + ")"));
        body.add(indent + "req.MultipartBody(parts)");
      }
      default -> {
        body.add(indent + "var body core.ObjectWriter");
        fields.forEach(f -> body.add(indent + "body.Field(" + GoText.quote(f.wire()) + ", " + values.get(f) + ")"));
        body.add(indent + "req.JSONObjectBody(" + mediaType + ", &body)");
      }
    }
    if (optional) {
      body.add("}");
    }
  }
}
