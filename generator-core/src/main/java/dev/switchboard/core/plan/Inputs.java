package dev.switchboard.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.PlanOperation.BodyPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides one operation's inputs and how its body is sent; the rules are in docs/plan.md. */
final class Inputs {
  /** Methods whose bodies are not sent: HTTP gives them no meaning and fetch refuses them. */
  static final Set<String> BODILESS_METHODS = Set.of("GET", "HEAD");

  private static final Name BODY = Name.of("body");
  private static final Name REQUEST_BODY = Name.of("requestBody");

  private final Map<String, TypeDecl> types;
  private final Examples examples;
  private final FormStyles forms;
  private final PathDefaults defaults;

  Inputs(Map<String, TypeDecl> types, Examples examples, FormStyles forms, PathDefaults defaults) {
    this.types = types;
    this.examples = examples;
    this.forms = forms;
    this.defaults = defaults;
  }

  /** The inputs and body of {@code operation}, named in {@code scope}. */
  record Planned(List<Input> inputs, Optional<BodyPlan> body, boolean bodyDropped) {}

  Planned plan(Operation operation, NameAllocator scope) {
    List<Input> inputs = new ArrayList<>();
    List<Parameter> path = new ArrayList<>(operation.parameters(Parameter.Location.PATH));
    path.sort(Comparator.comparingInt(p -> operation.path().indexOf("{" + p.name().wire() + "}")));
    path.forEach(p -> inputs.add(parameter(p, Input.Location.PATH, scope, inputs.size(), defaults.of(operation, p))));
    for (Parameter.Location from : List.of(Parameter.Location.QUERY, Parameter.Location.HEADER, Parameter.Location.COOKIE)) {
      Input.Location to = Input.Location.valueOf(from.name());
      operation.parameters(from).forEach(p -> inputs.add(parameter(p, to, scope, inputs.size(), Optional.empty())));
    }
    if (operation.body().isEmpty()) {
      return new Planned(inputs, Optional.empty(), false);
    }
    if (BODILESS_METHODS.contains(operation.method().toUpperCase(Locale.ROOT))) {
      return new Planned(inputs, Optional.empty(), true);
    }
    RequestBody body = operation.body().get();
    BodyContent content = body.preferred();
    Optional<TypeDecl.ObjectType> object = flattened(content);
    if (object.isEmpty()) {
      Name name = scope.newName(BODY, List.of(REQUEST_BODY), "body");
      inputs.add(new Input(name, "", Input.Location.BODY, content.type(), body.required(), false, body.docs(), Optional.empty(),
          Optional.empty(), example(body.required(), content.type(), body.docs().example(), ""), Optional.empty()));
      return new Planned(inputs, Optional.of(new BodyPlan(content.mediaType(), content.kind(), content.type(), false,
          body.required(), List.of())), false);
    }
    List<Input> fields = fields(object.get(), scope, inputs.size());
    inputs.addAll(fields);
    boolean required = body.required() || fields.stream().anyMatch(Input::required);
    return new Planned(inputs, Optional.of(new BodyPlan(content.mediaType(), content.kind(),
        TypeRef.named(object.get().id()), true, required, forms.of(content, object.get()))), false);
  }

  /** Inputs are tagged by position: a spec may repeat a parameter, and each still gets a name. */
  private Input parameter(Parameter parameter, Input.Location location, NameAllocator scope, int position,
      Optional<CredentialDefault> defaultFrom) {
    Name name = scope.newName(parameter.name(), "input " + position);
    boolean required = defaultFrom.isEmpty() && (location == Input.Location.PATH || parameter.required());
    return new Input(name, parameter.name().wire(), location, parameter.type(), required,
        parameter.docs().deprecated(), parameter.docs(), parameter.defaultValue(), Optional.empty(),
        example(required, parameter.type(), parameter.docs().example(), parameter.name().wire()), defaultFrom);
  }

  /**
   * One input per property that is not readOnly. A property keeps its own {@code required},
   * whether or not the body is marked required: a body whose schema requires a property cannot be
   * sent without it, and sending no body at all is not what such an API expects.
   */
  private List<Input> fields(TypeDecl.ObjectType object, NameAllocator scope, int first) {
    List<Input> fields = new ArrayList<>();
    for (Property property : object.properties()) {
      if (property.readOnly()) {
        continue;
      }
      List<Name> alternatives = List.of(prefixed(BODY, property.name()));
      Name name = scope.newName(property.name(), alternatives, "input " + (first + fields.size()));
      fields.add(new Input(name, property.name().wire(), Input.Location.BODY_FIELD, property.type(),
          property.required(), property.docs().deprecated(), property.docs(), property.defaultValue(), Optional.of(object.id()),
          example(property.required(), property.type(), property.docs().example(), property.name().wire()), Optional.empty()));
    }
    return fields;
  }

  /** The object whose properties become inputs: a JSON, form or multipart body of a declared object type. */
  Optional<TypeDecl.ObjectType> flattened(BodyContent content) {
    boolean structured = content.kind() == MediaKind.JSON || content.kind() == MediaKind.FORM
        || content.kind() == MediaKind.MULTIPART;
    return structured && content.type().nonNull() instanceof TypeRef.Named named
        && types.get(named.id()) instanceof TypeDecl.ObjectType object ? Optional.of(object) : Optional.empty();
  }

  /**
   * The inputs with an example also on the first input of each group a call must give one of, so
   * that README calls, which give the inputs that have one, are not refused.
   */
  List<Input> withGroupExamples(List<Input> inputs, List<List<String>> groups) {
    List<Input> shown = new ArrayList<>(inputs);
    for (List<String> group : groups) {
      for (int i = 0; i < shown.size(); i++) {
        Input input = shown.get(i);
        if (input.wire().equals(group.get(0)) && input.location() != Input.Location.BODY) {
          if (input.example().isEmpty()) {
            shown.set(i, new Input(input.name(), input.wire(), input.location(), input.type(), input.required(),
                input.deprecated(), input.docs(), input.defaultValue(), input.flattenedFrom(),
                example(true, input.type(), input.docs().example(), input.wire()), input.defaultFrom()));
          }
          break;
        }
      }
    }
    return shown;
  }

  private Optional<ExampleValue> example(boolean required, TypeRef type, Optional<JsonNode> spec, String hint) {
    return required ? Optional.of(examples.of(type, spec, hint)) : Optional.empty();
  }

  private static Name prefixed(Name prefix, Name name) {
    List<String> words = new ArrayList<>(prefix.words());
    words.addAll(name.words());
    return new Name(words, name.wire());
  }
}
