package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.InputTypes;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spells every Python identifier the SDK uses: classes, fields, parameters, methods, modules and
 * enum members, allocated in core's symbol table with Python's reserved words (which records every
 * rename). Hard keywords get a trailing underscore; soft keywords ({@code match}, {@code case},
 * {@code type}, {@code _}) are legal identifiers and stay as they are; names that would shadow what
 * generated code relies on are suffixed; a leading digit gets a prefix; collisions get a number.
 */
public final class PythonSymbols {
  /** Hard keywords (Python 3.9 to 3.13): never legal as identifiers. */
  public static final Set<String> KEYWORDS = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  /** Names pycodestyle and ruff reject as ambiguous (E741, E742): they look like 1 and 0. */
  static final Set<String> AMBIGUOUS = Set.of("l", "O", "I");

  /** Soft keywords: keywords only in some positions, legal as names everywhere we use them. */
  public static final Set<String> SOFT_KEYWORDS = Set.of("match", "case", "type", "_");

  /** Builtins that generated annotations use; a field or method with this name would shadow them. */
  static final Set<String> ANNOTATION_BUILTINS = Set.of(
      "bool", "bytes", "dict", "float", "int", "list", "str");

  /** Names a field must not take: BaseModel's own, and methods models have long had in Python. */
  static final Set<String> MODEL_ATTRIBUTES = Set.of(
      "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw", "schema",
      "schema_json", "update_forward_refs", "validate", "self");

  /** Names that generated method bodies and signatures use besides the parameters. */
  static final Set<String> METHOD_LOCALS = Set.of("self", "cast", "request_options", "builtins");

  /**
   * Names a resource method must not take. {@code list} and {@code dict} stay (annotations in such
   * a class spell those builtins {@code builtins.list}); other builtins used in annotations are avoided.
   */
  static final Set<String> METHOD_NAMES_TAKEN = Set.of("with_raw_response", "bool", "bytes", "float", "int", "str", "builtins");

  /** Members of the client classes besides their resources. */
  static final Set<String> CLIENT_MEMBERS = Set.of("base_url", "close", "builtins", "models");

  /** Names imported into or defined by generated modules, which a class must not take. */
  static final Set<String> CLASS_NAMES_TAKEN = Set.of(
      "Annotated", "Any", "AsyncBinaryResponse", "AsyncClient", "AsyncCore", "AsyncPager",
      "AsyncStream", "BaseModel", "BinaryResponse", "Client", "Endpoint", "Enum",
      "Field", "FileInput", "IntEnum", "IntEnumValue", "Literal", "Mapping", "NotGiven", "OneOf", "Optional",
      "Page", "Params", "RawResponse", "RequestOptions", "Sequence", "Stream", "StrEnum", "StrEnumValue",
      "SyncCore", "SyncPager", "TracebackType", "Union", "UnknownVariant",
      "CursorPaging", "NextUrlPaging", "OffsetPaging", "Credentials", "BasicAuth", "BearerAuth",
      "ApiKeyAuth", "ClientCredentialsAuth",
      // builtins in PascalCase
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
      "BufferError", "BytesWarning", "ConnectionError", "DeprecationWarning", "EOFError", "Ellipsis",
      "EnvironmentError", "Exception", "FileExistsError", "FileNotFoundError", "FloatingPointError",
      "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndexError",
      "InterruptedError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
      "NameError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
      "PermissionError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
      "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
      "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
      "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeWarning", "UserWarning",
      "ValueError", "Warning", "ZeroDivisionError");

  /**
   * Python's reserved words per kind of name, escaped with a trailing underscore: hard keywords
   * and ambiguous names everywhere, BaseModel's attributes, the {@code model_} namespace and the
   * builtins annotations use for fields, and the names generated code itself uses for parameters,
   * methods and resource attributes. Clashes get {@code _2} (classes {@code 2}).
   */
  static final SymbolProvider PROVIDER = new SymbolProvider() {
    private final Map<NameKind, Set<String>> reserved = Map.of(
        NameKind.TYPE, union(KEYWORDS, AMBIGUOUS),
        NameKind.PROPERTY, union(KEYWORDS, AMBIGUOUS, MODEL_ATTRIBUTES, ANNOTATION_BUILTINS),
        NameKind.PARAMETER, union(KEYWORDS, AMBIGUOUS, METHOD_LOCALS),
        NameKind.OPERATION, union(KEYWORDS, AMBIGUOUS, METHOD_NAMES_TAKEN),
        NameKind.RESOURCE, union(KEYWORDS, AMBIGUOUS, CLIENT_MEMBERS));

    @Override
    public Set<String> reserved(NameKind kind) {
      return reserved.getOrDefault(kind, Set.of());
    }

    @Override
    public boolean isReserved(NameKind kind, String identifier) {
      return reserved(kind).contains(identifier) || kind == NameKind.PROPERTY && identifier.startsWith("model_");
    }

    @Override
    public String numbered(NameKind kind, String identifier, int n) {
      return kind == NameKind.TYPE ? identifier + n : identifier + "_" + n;
    }

    /** PascalCase types, SCREAMING_SNAKE_CASE enum members, snake_case otherwise; never a leading digit. */
    @Override
    public String spell(NameKind kind, Name name) {
      return switch (kind) {
        case TYPE -> Identifiers.leadingDigit(Case.pascal(name.words()), "N");
        case ENUM_VALUE -> Identifiers.leadingDigit(Case.screamingSnake(name.words()), "VALUE_");
        default -> Identifiers.leadingDigit(Case.snake(name.words()), "n");
      };
    }
  };

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    Arrays.stream(sets).forEach(all::addAll);
    return Set.copyOf(all);
  }

  private final SymbolTable table;
  private final SymbolTable.Scope classes;
  private final Map<String, List<String>> fields = new HashMap<>();
  private final Map<String, List<String>> enumMembers = new HashMap<>();
  private final Map<Resource, Map<Operation, String>> methods = new IdentityHashMap<>();

  /** Allocates in {@code table}, whose provider must be {@link #PROVIDER}. */
  public PythonSymbols(SymbolTable table) {
    this.table = table;
    this.classes = table.scope("classes").reserve(CLASS_NAMES_TAKEN);
  }

  /** A scope of its own, for names nothing else looks up (one method's arguments). */
  public SymbolTable.Scope newScope() {
    return table.newScope();
  }

  /** Claims the class name of a declared type in the package-wide namespace. */
  public String className(TypeDecl decl) {
    return classes.claim(NameKind.TYPE, PROVIDER.spell(NameKind.TYPE, decl.name()),
        new SymbolTable.Source(decl.name().wire(), decl.source()));
  }

  /**
   * Claims the name of the TypedDict that is the plain-data form of an input object type, from the
   * name core gives it ({@link InputTypes#paramName}); a clash is numbered, as for any made-up name.
   */
  public String paramClassName(TypeDecl decl) {
    Name name = InputTypes.paramName(decl.name());
    return classes.claimGenerated(NameKind.TYPE, Identifiers.leadingDigit(Case.pascal(name.words()), "N"));
  }

  /** Claims several related class names together, or none: {@code [Messages, AsyncMessages]}. */
  public boolean claimAll(List<String> names) {
    if (names.stream().anyMatch(classes::isTaken) || new HashSet<>(names).size() != names.size()) {
      return false;
    }
    classes.reserve(names);
    return true;
  }

  public boolean isClassTaken(String name) {
    return classes.isTaken(name);
  }

  /** The Python attribute name of each property of {@code type}, in order; decided once per type. */
  public List<String> fieldNames(TypeDecl.ObjectType type) {
    return fields.computeIfAbsent(type.id(), id -> {
      SymbolTable.Scope scope = table.scope("fields " + id);
      return type.properties().stream().map(p -> scope.claim(NameKind.PROPERTY, PROVIDER.spell(NameKind.PROPERTY, p.name()),
          new SymbolTable.Source(p.name().wire(), JsonPointers.child(type.source() + "/properties", p.name().wire()))))
          .toList();
    });
  }

  /** The member name of each value of {@code type}, in order; decided once per enum. */
  public List<String> enumMembers(TypeDecl.EnumType type) {
    return enumMembers.computeIfAbsent(type.id(), id -> {
      SymbolTable.Scope scope = table.scope("members " + id);
      return type.values().stream().map(v -> scope.claim(NameKind.ENUM_VALUE, member(v.name()),
          new SymbolTable.Source(v.name().wire(), type.source()))).toList();
    });
  }

  /** The plan's method names of a resource in Python spelling; decided once per resource. */
  public Map<Operation, String> methodNames(Plan plan, Resource resource) {
    return methods.computeIfAbsent(resource, r -> {
      SymbolTable.Scope scope = table.newScope();
      Map<Operation, String> names = new LinkedHashMap<>();
      for (Operation op : r.operations()) {
        Name method = plan.operation(op.id()).method();
        names.put(op, scope.claim(NameKind.OPERATION, PROVIDER.spell(NameKind.OPERATION, method), new SymbolTable.Source(method.wire(), op.source())));
      }
      return names;
    });
  }

  /** A resource attribute of the client, also its module name, unique in {@code scope}. */
  public static String resourceAttribute(SymbolTable.Scope scope, Resource resource) {
    String pointer = resource.operations().isEmpty() ? "/paths" : resource.operations().get(0).source();
    return scope.claim(NameKind.RESOURCE, PROVIDER.spell(NameKind.RESOURCE, resource.name()), new SymbolTable.Source(resource.name().wire(), pointer));
  }

  /** A method or client parameter for {@code name} from {@code pointer}, unique in {@code scope}. */
  public static String parameter(SymbolTable.Scope scope, Name name, String pointer) {
    return scope.claim(NameKind.PARAMETER, PROVIDER.spell(NameKind.PARAMETER, name), new SymbolTable.Source(name.wire(), pointer));
  }

  /** Claims {@code name}'s spelling as a name of {@code kind} from {@code pointer}. */
  static String claim(SymbolTable.Scope scope, NameKind kind, Name name, String pointer) {
    return scope.claim(kind, PROVIDER.spell(kind, name), new SymbolTable.Source(name.wire(), pointer));
  }

  /** A PascalCase identifier; {@code N} before a leading digit, {@code _} after a keyword. */
  public static String pascal(Name name) {
    String cased = Identifiers.leadingDigit(Case.pascal(name.words()), "N");
    return KEYWORDS.contains(cased) || AMBIGUOUS.contains(cased) ? cased + "_" : cased;
  }

  /** A snake_case identifier; {@code n} before a leading digit, {@code _} after a keyword or an ambiguous name. */
  public static String snake(List<String> words) {
    String cased = Identifiers.leadingDigit(Case.snake(words), "n");
    return KEYWORDS.contains(cased) || AMBIGUOUS.contains(cased) ? cased + "_" : cased;
  }

  /** An enum member: SCREAMING_SNAKE_CASE, {@code VALUE_} before a leading digit. */
  public static String member(Name name) {
    return PROVIDER.spell(NameKind.ENUM_VALUE, name);
  }

  /** A client argument as the README names it: spelled and escaped like a parameter. */
  public static String parameter(Name name) {
    String spelled = PROVIDER.spell(NameKind.PARAMETER, name);
    return PROVIDER.isReserved(NameKind.PARAMETER, spelled) ? PROVIDER.escape(NameKind.PARAMETER, spelled) : spelled;
  }


  /** A private module-level constant such as {@code _CREATE_MESSAGE}. */
  public static String constant(Name name) {
    return "_" + Case.screamingSnake(name.words());
  }
}
