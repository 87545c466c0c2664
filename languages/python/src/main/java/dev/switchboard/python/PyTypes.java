package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Spells IR type references as Python annotations and records the imports they need. */
public final class PyTypes {
  /** Where an annotation appears, which decides containers and enum spelling. */
  public enum Use {
    /** A model field: concrete containers, enums that keep unknown values. */
    FIELD,
    /** A method argument: read-only container protocols, enum members or raw values. */
    ARGUMENT,
    /** A method's return value. */
    RESULT
  }

  private final Map<String, TypeDecl> decls;
  private final Map<String, String> names;

  private final PythonSymbols symbols;

  public PyTypes(Map<String, TypeDecl> decls, Map<String, String> names, PythonSymbols symbols) {
    this.decls = decls;
    this.names = names;
    this.symbols = symbols;
  }

  /** Where the SDK's identifiers are decided. */
  public PythonSymbols symbols() {
    return symbols;
  }

  /** The Python name of a declared type. */
  public String name(String id) {
    return names.get(id);
  }

  public Optional<TypeDecl> decl(String id) {
    return Optional.ofNullable(decls.get(id));
  }

  /**
   * A scope to spell annotations in: its imports, the module each declared type (by id) is imported
   * from (empty when declared in the scope's own module) and the imports that receive it, names
   * shadowed there, and a qualifier put before model names instead of importing them.
   */
  public record Scope(Imports imports, Function<String, Optional<String>> modelSource, Set<String> shadowed,
      Imports modelImports, String qualifier) {
    /** A module of the {@code models} package; {@code source} tells where other types come from. */
    public static Scope models(Imports imports, Function<String, Optional<String>> source) {
      return new Scope(imports, source, Set.of(), imports, "");
    }

    /** Code that imports models from the {@code models} package. */
    public static Scope resources(Imports imports, Set<String> shadowed) {
      return resources(imports, imports, shadowed);
    }

    /**
     * A module of the {@code resources} package: models come from the {@code models} package into
     * {@code modelImports} (imports for type checkers only).
     */
    public static Scope resources(Imports imports, Imports modelImports, Set<String> shadowed) {
      return new Scope(imports, id -> Optional.of("..models"), shadowed, modelImports, "");
    }

    /**
     * The same module, for values evaluated when an operation is first called: models are read
     * from the lazily loading {@code models} package, imported as {@code _models}.
     */
    public Scope atCallTime() {
      return new Scope(imports, id -> Optional.empty(), Set.of(), imports, "_models.");
    }
  }

  public PyType type(TypeRef type, Use use, Scope scope) {
    return type.accept(new Speller(use, scope));
  }

  private final class Speller implements TypeRef.Visitor<PyType> {
    private final Use use;
    private final Scope scope;

    Speller(Use use, Scope scope) {
      this.use = use;
      this.scope = scope;
    }

    @Override
    public PyType primitive(TypeRef.PrimitiveRef ref) {
      return PyType.of(switch (ref.primitive()) {
        case STRING, UUID, URI, EMAIL, BASE64 -> builtin("str");
        case BOOLEAN -> builtin("bool");
        case INTEGER, INT32, INT64 -> builtin("int");
        case NUMBER, FLOAT, DOUBLE -> builtin("float");
        case DATE -> datetime("date");
        case DATE_TIME -> datetime("datetime");
        case DATE_TIME_RFC_2822 -> rfc2822();
        case BINARY -> binary();
      });
    }

    private String datetime(String name) {
      scope.imports().module("datetime as _dt");
      return "_dt." + name;
    }

    /** A datetime everywhere; a model field also says how it is read and written. */
    private String rfc2822() {
      if (use != Use.FIELD) {
        return datetime("datetime");
      }
      scope.imports().name(".._models", "Rfc2822DateTime");
      return "Rfc2822DateTime";
    }

    private String binary() {
      if (use == Use.ARGUMENT) {
        scope.imports().name(".._types", "FileInput");
        return "FileInput";
      }
      return builtin("bytes");
    }

    @Override
    public PyType named(TypeRef.Named ref) {
      PyType name = PyType.of(model(ref.id()));
      TypeDecl decl = decls.get(ref.id());
      if (decl instanceof TypeDecl.EnumType enumType) {
        String raw = enumType.base() == TypeDecl.EnumBase.INTEGER ? "int" : "str";
        if (use == Use.FIELD) {
          String alias = raw.equals("int") ? "IntEnumValue" : "StrEnumValue";
          scope.imports().name(".._models", alias);
          return PyType.generic(alias, name);
        }
        return PyType.generic(typing("Union"), name, PyType.of(builtin(raw)));
      }
      return name;
    }

    private String model(String id) {
      String name = names.get(id);
      scope.modelSource().apply(id).ifPresent(module -> scope.modelImports().name(module, name));
      return scope.qualifier() + name;
    }

    @Override
    public PyType list(TypeRef.ListOf ref) {
      PyType items = ref.items().accept(this);
      if (use == Use.ARGUMENT) {
        scope.imports().name("collections.abc", "Sequence");
        return PyType.generic("Sequence", items);
      }
      return PyType.generic(builtin("list"), items);
    }

    @Override
    public PyType map(TypeRef.MapOf ref) {
      PyType values = ref.values().accept(this);
      if (use == Use.ARGUMENT) {
        scope.imports().name("collections.abc", "Mapping");
        return PyType.generic("Mapping", PyType.of("str"), values);
      }
      return PyType.generic(builtin("dict"), PyType.of(builtin("str")), values);
    }

    @Override
    public PyType nullable(TypeRef.Nullable ref) {
      PyType inner = ref.inner().accept(this);
      return inner.is("Any") || inner.is("None") ? inner : PyType.generic(typing("Optional"), inner);
    }

    @Override
    public PyType literal(TypeRef.Literal ref) {
      JsonNode value = ref.value();
      if (value.isNull()) {
        return PyType.of("None");
      }
      if (value.isTextual() || value.isIntegralNumber() || value.isBoolean()) {
        return PyType.generic(typing("Literal"), PyType.of(PyValues.literal(value)));
      }
      return PyType.of(value.isNumber() ? builtin("float") : typing("Any"));
    }

    @Override
    public PyType any(TypeRef.Any ref) {
      return PyType.of(typing("Any"));
    }

    private String typing(String name) {
      scope.imports().name("typing", name);
      return name;
    }

    private String builtin(String name) {
      if (scope.shadowed().contains(name)) {
        scope.imports().module("builtins");
        return "builtins." + name;
      }
      return name;
    }
  }
}
