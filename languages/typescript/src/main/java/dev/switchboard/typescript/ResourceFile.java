package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.text;

import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.naming.Case;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One resource: a class with a method per operation, and its params interfaces. */
final class ResourceFile {
  /** Methods whose requests {@code fetch} refuses to give a body. */
  private static final Set<String> BODILESS_METHODS = Set.of("GET", "HEAD");

  private final SdkModel model;
  private final Resource resource;
  private final String className;
  private final List<MethodModel> methods = new ArrayList<>();

  ResourceFile(SdkModel model, Resource resource, String className) {
    this.model = model;
    this.resource = resource;
    this.className = className;
    Set<String> names = new HashSet<>(Set.of("constructor"));
    for (Operation operation : resource.operations()) {
      String method = TsSymbols.identifierMember(operation.localName().words(), names);
      methods.add(new MethodModel(model, operation, method));
    }
  }

  List<MethodModel> methods() {
    return methods;
  }

  Views.Resource view() {
    List<String> params = new ArrayList<>();
    List<String> operations = new ArrayList<>();
    List<String> methodCode = new ArrayList<>();
    for (MethodModel method : methods) {
      method.paramsInterface().ifPresent(params::add);
      operations.add(method.source());
      methodCode.add(methodCode.isEmpty() ? method.code() : "\n" + method.code());
    }
    return new Views.Resource(className, TsText.jsdoc(resource.docs(), ""), params, operations, methodCode);
  }

  /** One operation as a method, with its params interface and operation source. */
  static final class MethodModel {
    final Operation operation;
    final String name;
    final Optional<String> paramsType;
    private final SdkModel model;
    private final List<Param> params = new ArrayList<>();
    private final Optional<RequestBody> body;
    private final Optional<TypeDecl.ObjectType> flattened;
    private final Map<String, String> renamedFields = new LinkedHashMap<>();
    private String bodyParam;

    MethodModel(SdkModel model, Operation operation, String name) {
      this.model = model;
      this.operation = operation;
      this.name = name;
      this.body = sendableBody(model, operation);
      this.flattened = body.flatMap(b -> flattenable(model, b.preferred()));
      collectParams();
      this.paramsType = params.isEmpty()
          ? Optional.empty()
          : Optional.of(model.symbols.claimType(Case.pascal(operation.name().words()) + "Params"));
    }

    /** The request body, unless the method is GET or HEAD: {@code fetch} cannot send one with those. */
    private static Optional<RequestBody> sendableBody(SdkModel model, Operation operation) {
      String method = operation.method().toUpperCase(Locale.ROOT);
      boolean bodiless = BODILESS_METHODS.contains(method);
      if (bodiless && operation.body().filter(RequestBody::required).isPresent()) {
        model.diagnostics.warning("typescript-body-ignored", operation.source() + "/requestBody",
            "fetch cannot send a request body with " + method + "; the TypeScript SDK sends none", null);
      }
      return bodiless ? Optional.empty() : operation.body();
    }

    private static Optional<TypeDecl.ObjectType> flattenable(SdkModel model, BodyContent content) {
      boolean structured = content.kind() == MediaKind.JSON || content.kind() == MediaKind.FORM
          || content.kind() == MediaKind.MULTIPART;
      return structured ? Optional.ofNullable(model.objectType(content.type().nonNull())) : Optional.empty();
    }

    /** A property of the params object: an operation parameter or a property of the body. */
    record Param(String name, TypeRef type, boolean required, dev.switchboard.core.ir.Docs docs,
        Optional<Parameter> parameter) {}

    private void collectParams() {
      Set<String> taken = new HashSet<>();
      for (Parameter parameter : operation.parameters()) {
        String name = TsSymbols.identifierMember(parameter.name().words(), taken);
        params.add(new Param(name, parameter.type(), parameter.required(), parameter.docs(), Optional.of(parameter)));
      }
      if (flattened.isPresent()) {
        for (Property property : flattened.get().properties()) {
          String own = model.property(flattened.get().id(), property);
          String name = taken.add(own) ? own : TsSymbols.member(prefixed("body", property.name().words()), taken);
          if (!name.equals(own)) {
            renamedFields.put(name, own);
          }
          params.add(new Param(name, property.type(), property.required(), property.docs(), Optional.empty()));
        }
      } else if (body.isPresent()) {
        bodyParam = TsSymbols.member(List.of("body"), taken);
        RequestBody whole = body.get();
        params.add(new Param(bodyParam, whole.preferred().type(), whole.required(), whole.docs(), Optional.empty()));
      }
    }

    private static List<String> prefixed(String word, List<String> words) {
      List<String> all = new ArrayList<>(List.of(word));
      all.addAll(words);
      return all;
    }

    List<Param> params() {
      return params;
    }

    /** Body properties whose params name differs from their own (a parameter took it), by params name. */
    Map<String, String> renamedFields() {
      return renamedFields;
    }

    boolean paramsRequired() {
      return params.stream().anyMatch(Param::required);
    }

    Optional<String> paramsInterface() {
      if (paramsType.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder("export interface ").append(paramsType.get()).append(" {\n");
      for (Param param : params) {
        out.append(TsText.jsdoc(param.docs(), "  "));
        String head = TsSymbols.propertyKey(param.name()) + (param.required() ? ":" : "?:");
        out.append(Code.print(concat(text(head), model.types.annotation(param.type(), "Models."), text(";")), 2));
        out.append('\n');
      }
      return Optional.of(out.append("}\n").toString());
    }

    String source() {
      return new OperationSource(model, this).render();
    }

    /** The body the SDK sends, if any. */
    Optional<RequestBody> body() {
      return body;
    }

    Optional<TypeDecl.ObjectType> flattened() {
      return flattened;
    }

    String bodyParam() {
      return bodyParam;
    }

    /** What the method returns, e.g. {@code APIPromise<Models.Account>}. */
    String returnType() {
      if (operation.pagination().isPresent()) {
        return "PagePromise<" + model.types.flat(operation.pagination().get().itemType(), "Models.") + ">";
      }
      Optional<Response.ResponseContent> content = operation.successResponse().flatMap(Response::content);
      if (content.isEmpty()) {
        return "APIPromise<void>";
      }
      return "APIPromise<" + switch (content.get().kind()) {
        case TEXT -> "string";
        case BINARY -> "Response";
        case EVENT_STREAM -> "Stream<" + model.types.flat(content.get().type(), "Models.") + ">";
        default -> model.types.flat(content.get().type(), "Models.");
      } + ">";
    }

    String code() {
      StringBuilder out = new StringBuilder();
      out.append(TsText.jsdoc(operation.docs().text(), operation.docs().deprecated(), "  "));
      List<String> signature = new ArrayList<>();
      if (paramsType.isPresent()) {
        signature.add("params: " + paramsType.get() + (paramsRequired() ? "" : " = {}"));
      }
      signature.add("options?: RequestOptions");
      Doc head = concat(Code.call(name, signature), text(": " + returnType() + " {"));
      out.append(Code.print(head, 2)).append('\n');
      String call = operation.pagination().isPresent() ? "return this._list" : "return this._call";
      List<String> arguments = List.of("operations." + name, paramsType.isPresent() ? "params" : "undefined", "options");
      out.append(Code.print(concat(Code.call(call, arguments), text(";")), 4)).append('\n');
      return out.append("  }\n").toString();
    }
  }
}
