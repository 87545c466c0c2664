package dev.switchboard.python;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import dev.switchboard.python.view.ModelsView.DefinitionView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ...Param} TypedDict of an input model: its properties that are not read-only, keyed
 * by wire name, required keys marked {@code Required}, nested models as the model or its own Param.
 * A class when every key can be a class attribute; otherwise the functional form, with its
 * annotations quoted so that nothing is evaluated at import time.
 */
final class ParamDicts {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final PyTypes types;
  private final Constants constants;
  private final Scope scope;

  ParamDicts(PyTypes types, Constants constants, Scope scope) {
    this.types = types;
    this.constants = constants;
    this.scope = scope;
  }

  /** One key: its wire name, annotation (with {@code Required} when required) and docstring. */
  private record Key(String wire, PyType annotation, String docstring) {}

  DefinitionView build(TypeDecl.ObjectType object, String name) {
    scope.imports().name("typing_extensions", "TypedDict");
    List<Key> keys = new ArrayList<>();
    for (Property property : object.properties()) {
      if (!property.readOnly()) {
        keys.add(new Key(property.name().wire(), annotation(object, property), ModelsBuilder.doc(property.docs(), 4)));
      }
    }
    String docstring = "\"\"\"The plain-data form of :class:`" + types.name(object.id())
        + "`: its properties by wire name.\"\"\"";
    if (asClass(keys)) {
      return new DefinitionView(classForm(name, docstring, keys), "", false);
    }
    return new DefinitionView(functionalForm(name, keys), docstring, false);
  }

  private PyType annotation(TypeDecl.ObjectType object, Property property) {
    Optional<List<String>> values = constants.values(object, property);
    PyType type;
    if (values.isPresent()) {
      scope.imports().name("typing", "Literal");
      type = PyType.generic("Literal", values.get().stream().map(PyType::of).toList());
    } else {
      type = types.type(property.type(), Use.PARAM, scope);
    }
    if (!property.required()) {
      return type;
    }
    scope.imports().name("typing_extensions", "Required");
    return PyType.generic("Required", type);
  }

  /**
   * Whether every key can be written as a class attribute: an identifier that is no keyword, is not
   * mangled ({@code __x}) and names nothing an annotation of the class uses.
   */
  private static boolean asClass(List<Key> keys) {
    Set<String> used = new HashSet<>();
    for (Key key : keys) {
      Matcher words = IDENTIFIER.matcher(key.annotation().flat());
      while (words.find()) {
        used.add(words.group());
      }
    }
    return keys.stream().map(Key::wire).allMatch(wire -> IDENTIFIER.matcher(wire).matches()
        && !PythonSymbols.KEYWORDS.contains(wire) && !wire.startsWith("__") && !used.contains(wire));
  }

  private static String classForm(String name, String docstring, List<Key> keys) {
    StringBuilder out = new StringBuilder(PyCode.classHeader(name, List.of("TypedDict", "total=False")));
    out.append("\n    ").append(docstring);
    if (!keys.isEmpty()) {
      out.append('\n');
    }
    for (Key key : keys) {
      String head = key.wire() + ": ";
      PyType annotation = key.annotation();
      boolean atom = annotation.args().isEmpty() && 4 + PyCode.width(head + annotation.flat()) > PyCode.LINE_LENGTH;
      out.append("\n    ").append(head).append(atom
          ? "(\n        " + annotation.flat() + "\n    )" : annotation.render(4, head.length(), 0));
      if (!key.docstring().isEmpty()) {
        out.append("\n    ").append(key.docstring());
      }
    }
    return out.toString();
  }

  /** {@code Name = TypedDict("Name", {...}, total=False)}, split with magic trailing commas as ruff keeps it. */
  private static String functionalForm(String name, List<Key> keys) {
    StringBuilder out = new StringBuilder(name).append(" = TypedDict(\n    ").append(PyText.literal(name))
        .append(",\n    {");
    for (Key key : keys) {
      out.append("\n        ").append(PyText.literal(key.wire())).append(": ")
          .append(PyText.literal(key.annotation().flat())).append(',');
    }
    return out.append(keys.isEmpty() ? "},\n" : "\n    },\n").append("    total=False,\n)").toString();
  }
}
