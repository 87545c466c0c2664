package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Spells IR type references as Python annotations and records the imports they need. */
public final class PyTypes {
  /** Where an annotation appears, which decides containers and enum spelling. */
  public enum Use {
    /** A value a model reads: concrete containers, enums that keep unknown values. */
    FIELD,
    /**
     * A method argument: read-only container protocols, enum members or raw values, and an input
     * model or its plain-data form (a {@code ...Param} TypedDict).
     */
    ARGUMENT,
    /** A key of a {@code ...Param} TypedDict: as an argument, but binary data is bytes. */
    PARAM,
    /** A method's return value. */
    RESULT
  }

  private final Map<String, TypeDecl> decls;
  private final Map<String, String> names;
  private final Map<String, String> params;

  private final PythonSymbols symbols;
  private final int depth;

  public PyTypes(Map<String, TypeDecl> decls, Map<String, String> names, PythonSymbols symbols) {
    this(decls, names, Map.of(), symbols);
  }

  public PyTypes(Map<String, TypeDecl> decls, Map<String, String> names, Map<String, String> params,
      PythonSymbols symbols) {
    this(decls, names, params, symbols, 0);
  }

  /**
   * {@code params}: the name of the {@code ...Param} TypedDict of each input object type, by id;
   * {@code depth}: how far below the package root the SDK's code is placed (0 unless it is one spec of several).
   */
  public PyTypes(Map<String, TypeDecl> decls, Map<String, String> names, Map<String, String> params,
      PythonSymbols symbols, int depth) {
    this.decls = decls;
    this.names = names;
    this.params = params;
    this.symbols = symbols;
    this.depth = depth;
  }

  /** New imports for a module of the SDK's code, which reach the runtime at the package root. */
  public Imports imports() {
    return new Imports(depth);
  }

  /** The name of the TypedDict that is the plain-data form of an input object type. */
  public Optional<String> paramName(String id) {
    return Optional.ofNullable(params.get(id));
  }

  /**
   * The first input object type, in the API's order, whose schema also takes properties it does not
   * list: its {@code ...Param} TypedDict cannot allow them (the README says how to send them).
   */
  public Optional<String> firstOpenInputModel() {
    return decls.values().stream()
        .filter(d -> d instanceof TypeDecl.ObjectType object && object.additionalProperties().isPresent())
        .map(TypeDecl::id).filter(params::containsKey).findFirst();
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
      Imports modelImports, String qualifier, boolean deferred) {
    /** A module of the {@code models} package; {@code source} tells where other types come from. */
    public static Scope models(Imports imports, Function<String, Optional<String>> source) {
      return new Scope(imports, source, Set.of(), imports, "", false);
    }

    /**
     * The same module, for annotations read only when a schema is built or by type checkers: types
     * of other modules are read from the lazily loading {@code models} package ({@code _models.X}),
     * which {@code late} imports at the end of the module, instead of being imported with it.
     */
    public Scope deferredImports(Imports late) {
      return new Scope(imports, modelSource, shadowed, late, qualifier, true);
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
      return new Scope(imports, id -> Optional.of("..models"), shadowed, modelImports, "", false);
    }

    /**
     * The same module, for values evaluated when an operation is first called: models are read
     * from the lazily loading {@code models} package, imported as {@code _models}.
     */
    public Scope atCallTime() {
      return new Scope(imports, id -> Optional.empty(), Set.of(), imports, "_models.", false);
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

    private boolean input() {
      return use == Use.ARGUMENT || use == Use.PARAM;
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
      TypeDecl decl = decls.get(ref.id());
      if (input() && decl instanceof TypeDecl.AliasType alias && reachesInputModel(alias.target(), new HashSet<>())) {
        return alias.target().accept(this);
      }
      PyType name = PyType.of(model(ref.id()));
      if (input() && decl instanceof TypeDecl.ObjectType && params.containsKey(ref.id())) {
        return PyType.generic(typing("Union"), name, PyType.of(param(ref.id())));
      }
      if (input() && decl instanceof TypeDecl.UnionType union) {
        List<PyType> members = new ArrayList<>(List.of(name));
        union.variants().stream().map(TypeDecl.Variant::type)
            .filter(t -> t instanceof TypeRef.Named n && params.containsKey(n.id()))
            .map(t -> param(((TypeRef.Named) t).id())).distinct().forEach(p -> members.add(PyType.of(p)));
        return members.size() == 1 ? name : PyType.generic(typing("Union"), members);
      }
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
      return imported(id, names.get(id));
    }

    private String param(String id) {
      return imported(id, params.get(id));
    }

    /** {@code name}, declared in the module of type {@code id}, imported or qualified as the scope says. */
    private String imported(String id, String name) {
      Optional<String> source = scope.modelSource().apply(id);
      if (source.isPresent() && scope.deferred()) {
        scope.modelImports().name("..", "models as _models");
        return "_models." + name;
      }
      source.ifPresent(module -> scope.modelImports().name(module, name));
      return scope.qualifier() + name;
    }

    /** Whether an alias's target leads to a type that input arguments spell with its plain-data form. */
    private boolean reachesInputModel(TypeRef type, Set<String> seen) {
      if (type instanceof TypeRef.ListOf list) {
        return reachesInputModel(list.items(), seen);
      }
      if (type instanceof TypeRef.MapOf map) {
        return reachesInputModel(map.values(), seen);
      }
      if (type instanceof TypeRef.Nullable nullable) {
        return reachesInputModel(nullable.inner(), seen);
      }
      if (!(type instanceof TypeRef.Named named) || !seen.add(named.id())) {
        return false;
      }
      TypeDecl decl = decls.get(named.id());
      if (decl instanceof TypeDecl.AliasType alias) {
        return reachesInputModel(alias.target(), seen);
      }
      return params.containsKey(named.id()) || decl instanceof TypeDecl.UnionType union
          && union.variants().stream().anyMatch(v -> reachesInputModel(v.type(), seen));
    }

    @Override
    public PyType list(TypeRef.ListOf ref) {
      PyType items = ref.items().accept(this);
      if (input()) {
        scope.imports().name("collections.abc", "Sequence");
        return PyType.generic("Sequence", items);
      }
      return PyType.generic(builtin("list"), items);
    }

    @Override
    public PyType map(TypeRef.MapOf ref) {
      PyType values = ref.values().accept(this);
      if (input()) {
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
