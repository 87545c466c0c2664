package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.Redaction;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import dev.switchboard.python.view.ModelsView;
import dev.switchboard.python.view.ModelsView.ClassView;
import dev.switchboard.python.view.ModelsView.DefinitionView;
import dev.switchboard.python.view.ModelsView.EnumView;
import dev.switchboard.python.view.ModelsView.LineView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the view of one module of the {@code models} package from its type declarations; the
 * types of other modules are imported from those modules.
 */
final class ModelsBuilder {
  private final Api api;
  private final PyTypes types;
  private final Constants constants;
  private final ModelModules.Module module;
  private final Redaction redaction;
  private final Imports imports;
  /**
   * Imported after the classes: a model reads its annotations when a value of it is first built, so
   * other modules load only then.
   */
  private final Imports lateImports;
  private final Scope scope;
  /** For class bodies: their annotations are read when a schema is built, not when the module is imported. */
  private final Scope classScope;

  ModelsBuilder(Api api, PyTypes types, Constants constants, ModelModules modules, ModelModules.Module module,
      Redaction redaction) {
    this.api = api;
    this.redaction = redaction;
    this.types = types;
    this.imports = types.imports();
    this.lateImports = types.imports();
    this.constants = constants;
    this.module = module;
    this.scope = Scope.models(imports, id -> {
      String source = modules.moduleOf(id);
      return source.equals(module.name()) ? Optional.empty() : Optional.of("." + source);
    });
    this.classScope = scope.deferredImports(lateImports);
  }

  private static final String LATE_IMPORTS_NOTE =
      "# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.\n";

  ModelsView build() {
    imports.name("__future__", "annotations");
    List<EnumView> enums = new ArrayList<>();
    List<ClassView> classes = new ArrayList<>();
    for (TypeDecl decl : module.decls()) {
      if (decl instanceof TypeDecl.EnumType enumType) {
        enums.add(enumView(enumType));
      } else if (decl instanceof TypeDecl.ObjectType object) {
        classes.add(classView(object));
      }
    }
    List<DefinitionView> definitions = new ArrayList<>(new Definitions(module.decls(), types, scope).build());
    for (TypeDecl decl : module.decls()) {
      if (decl instanceof TypeDecl.ObjectType object) {
        types.paramName(object.id()).ifPresent(name -> definitions.add(new ParamDicts(types, constants, classScope)
            .build(object, name)));
      }
    }
    if (enums.isEmpty() && classes.isEmpty() && !definitions.isEmpty()) {
      definitions.set(0, definitions.get(0).withAfterImports());
    }
    String docstring = PyText.docstring(Optional.of("Models of the " + api.info().title() + "."), 0).orElseThrow();
    String late = lateImports.isEmpty() ? "" : LATE_IMPORTS_NOTE + lateImports.render() + "  # noqa: E402";
    return new ModelsView(docstring, imports.render(), enums, classes, definitions, late);
  }

  private EnumView enumView(TypeDecl.EnumType type) {
    boolean integer = type.base() == TypeDecl.EnumBase.INTEGER;
    String base = integer ? "IntEnum" : "StrEnum";
    imports.name(".._models", base);
    List<String> names = types.symbols().enumMembers(type);
    List<LineView> members = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      TypeDecl.EnumValue value = type.values().get(i);
      String name = names.get(i);
      enumLiteral(value.value(), integer).ifPresent(text ->
          members.add(new LineView(assignment(name + " = ", text), doc(value.docs(), 4))));
    }
    String header = PyCode.classHeader(types.name(type.id()), List.of(base));
    return new EnumView(header, doc(type.docs(), 4), members);
  }

  /** {@code target value} in a class body; a value too long for the line goes in parentheses, as ruff does. */
  private static String assignment(String target, String value) {
    return fits(target + value) || !fits(target + "(") ? target + value : target + "(\n        " + value + "\n    )";
  }

  private static Optional<String> enumLiteral(JsonNode value, boolean integer) {
    if (integer) {
      return value.isIntegralNumber() ? Optional.of(value.asText()) : Optional.empty();
    }
    return value.isNull() || value.isContainerNode() ? Optional.empty() : Optional.of(PyText.literal(value.asText()));
  }

  private ClassView classView(TypeDecl.ObjectType type) {
    imports.name(".._models", "BaseModel");
    List<String> names = types.symbols().fieldNames(type);
    List<LineView> fields = new ArrayList<>();
    List<String> sensitive = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Property property = type.properties().get(i);
      if (redaction.sensitive(type.id(), property.name().wire())) {
        sensitive.add(PyText.literal(names.get(i)));
      }
      Optional<List<String>> values = constants.values(type, property);
      String code = values.isPresent() ? constant(names.get(i), property, values.get()) : field(names.get(i), property);
      fields.add(new LineView(code, doc(property.docs(), 4)));
    }
    Map<String, String> formats = new WireFormats(types).table(type, this::modelName);
    if (!formats.isEmpty()) {
      fields.add(new LineView(wireFormats(formats), ""));
    }
    if (!sensitive.isEmpty()) {
      fields.add(new LineView(sensitive.size() == 1 ? "__sensitive__ = (" + sensitive.get(0) + ",)"
          : PyCode.wrap(4, "__sensitive__ = (", sensitive, ")", 0), ""));
    }
    return new ClassView(PyCode.classHeader(types.name(type.id()), List.of("BaseModel")), doc(type.docs(), 4), fields);
  }

  /** A model's class, named from a lambda in a class body of this module: by name, or from the models package. */
  private String modelName(String id) {
    return types.type(new TypeRef.Named(id), Use.RESULT, classScope).flat();
  }

  /** {@code __wire_formats__ = {...}}, wrapped as ruff wraps it. */
  private static String wireFormats(Map<String, String> formats) {
    return PyCode.wrap(4, "__wire_formats__ = {", WireFormats.entries(formats), "}", 0);
  }

  private String field(String name, Property property) {
    PyType annotation = types.type(property.type(), Use.FIELD, classScope);
    if (!property.required()) {
      annotation = optional(annotation);
    }
    List<String> arguments = new ArrayList<>();
    if (!property.required()) {
      arguments.add("None");
    }
    return declaration(name, property, annotation, arguments);
  }

  /**
   * {@code name: annotation}, with a default (the only element of {@code defaults}, if any) and,
   * when the wire name differs, {@code Field(...)} with aliases; laid out as ruff lays out an
   * annotated assignment: on one line; else splitting the call; else the value in parentheses;
   * else splitting the annotation.
   */
  private String declaration(String name, Property property, PyType annotation, List<String> defaults) {
    String wire = property.name().wire();
    String head = name + ": ";
    List<String> arguments = new ArrayList<>();
    if (!name.equals(wire)) {
      imports.name(".._models", "Field");
      defaults.forEach(value -> arguments.add("default=" + value));
      arguments.add("wire=" + PyText.literal(wire));
    } else if (defaults.isEmpty()) {
      boolean atom = annotation.args().isEmpty() && !fits(head + annotation.flat());
      return atom ? head + "(\n        " + annotation.flat() + "\n    )" : head + annotation.render(4, head.length(), 0);
    }
    String value = arguments.isEmpty() ? defaults.get(0) : "Field(" + String.join(", ", arguments) + ")";
    String target = head + annotation.flat() + " = ";
    if (fits(target + value) || (!arguments.isEmpty() && fits(target + "Field("))) {
      return arguments.isEmpty() ? target + value : PyCode.wrap(4, target + "Field(", arguments, ")", 0);
    }
    String inner = arguments.isEmpty() ? value : PyCode.wrap(8, "Field(", arguments, ")", 0);
    if (fits(target + "(") || annotation.args().isEmpty()) {
      return target + "(\n        " + inner + "\n    )";
    }
    String split = annotation.render(4, head.length(), PyCode.LINE_LENGTH);
    String closing = "] = ";
    return head + split.substring(0, split.length() - 1)
        + (arguments.isEmpty() ? closing + value : PyCode.wrap(4, closing + "Field(", arguments, ")", 0));
  }

  private static boolean fits(String line) {
    return 4 + PyCode.width(line) <= PyCode.LINE_LENGTH;
  }

  /** A field with a fixed value: a Literal, defaulted when there is exactly one value. */
  private String constant(String name, Property property, List<String> values) {
    imports.name("typing", "Literal");
    PyType annotation = PyType.generic("Literal", values.stream().map(PyType::of).toList());
    return declaration(name, property, annotation, values.size() == 1 ? values : List.of());
  }

  /** {@code Optional[...]} unless the annotation already admits None. */
  PyType optional(PyType annotation) {
    if (annotation.is("Optional") || annotation.is("Any") || annotation.is("None")) {
      return annotation;
    }
    imports.name("typing", "Optional");
    return PyType.generic("Optional", annotation);
  }

  /** The docstring for {@code docs} (without its first indentation), or "" when undocumented. */
  static String doc(Docs docs, int indent) {
    Optional<String> text = Docstrings.markdown(docs);
    if (docs.deprecated()) {
      text = Optional.of(text.map(t -> "Deprecated. " + t).orElse("Deprecated."));
    }
    return PyText.docstring(text, indent).orElse("");
  }
}
