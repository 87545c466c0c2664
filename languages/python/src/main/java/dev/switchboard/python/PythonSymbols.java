package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.NameKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides every Python identifier the SDK uses: classes, fields, parameters, methods, modules and
 * enum members. Hard keywords get a trailing underscore; soft keywords ({@code match}, {@code case},
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

  /** Attributes of pydantic's BaseModel that a field must not override. */
  static final Set<String> MODEL_ATTRIBUTES = Set.of(
      "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw", "schema",
      "schema_json", "update_forward_refs", "validate", "self");

  /** Names that generated method bodies and signatures use besides the parameters. */
  static final Set<String> METHOD_LOCALS = Set.of("self", "cast", "request_options", "builtins");

  /** Members of the client classes besides their resources. */
  static final Set<String> CLIENT_MEMBERS = Set.of("base_url", "close", "builtins", "models");

  /** Names imported into or defined by generated modules, which a class must not take. */
  static final Set<String> CLASS_NAMES_TAKEN = Set.of(
      "Annotated", "Any", "AsyncBinaryResponse", "AsyncClient", "AsyncCore", "AsyncPager",
      "AsyncStream", "BaseModel", "BinaryResponse", "Client", "Discriminator", "Endpoint", "Enum",
      "Field", "FileInput", "IntEnum", "IntEnumValue", "Literal", "Mapping", "NotGiven", "Optional", "Page",
      "Params", "RawResponse", "RequestOptions", "Sequence", "Stream", "StrEnum", "StrEnumValue", "SyncCore",
      "SyncPager", "Tag", "TracebackType", "Union", "UnknownVariant", "WrapValidator",
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

  private final Set<String> classes = new HashSet<>(CLASS_NAMES_TAKEN);

  /** Claims a class name in the package-wide namespace; adds a number on collision. */
  public String className(Name name) {
    String cased = pascal(name);
    String unique = cased;
    for (int number = 2; classes.contains(unique); number++) {
      unique = cased + number;
    }
    classes.add(unique);
    return unique;
  }

  /** Claims several related class names together, or none: {@code [Messages, AsyncMessages]}. */
  public boolean claimAll(List<String> names) {
    if (names.stream().anyMatch(classes::contains) || new HashSet<>(names).size() != names.size()) {
      return false;
    }
    classes.addAll(names);
    return true;
  }

  public boolean isClassTaken(String name) {
    return classes.contains(name);
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
    return Identifiers.leadingDigit(Case.screamingSnake(name.words()), "VALUE_");
  }

  /** A model field; also avoids BaseModel's attributes and builtins used in annotations. */
  public static String field(Name name) {
    String snake = snake(name.words());
    return snake.startsWith("model_") ? snake + "_" : avoid(snake, MODEL_ATTRIBUTES, ANNOTATION_BUILTINS);
  }

  /** A method parameter; avoids names the method itself uses. */
  public static String parameter(Name name) {
    return avoid(snake(name.words()), METHOD_LOCALS);
  }

  /**
   * A method of a resource class. {@code list} and {@code dict} stay (annotations in such a class
   * spell those builtins {@code builtins.list}); other builtins used in annotations are avoided.
   */
  public static String method(Name name) {
    return avoid(snake(name.words()), METHOD_NAMES_TAKEN);
  }

  /** Names a resource method must not take. */
  static final Set<String> METHOD_NAMES_TAKEN = Set.of("with_raw_response", "bool", "bytes", "float", "int", "str", "builtins");

  /** Whether the symbol provider renames this name because of a reserved word, for warnings. */
  static boolean isReserved(NameKind kind, Name name) {
    String plain = kind == NameKind.TYPE ? Case.pascal(name.words()) : Case.snake(name.words());
    return reserved(kind).contains(plain) || kind == NameKind.PROPERTY && plain.startsWith("model_");
  }

  private static Set<String> reserved(NameKind kind) {
    Set<String> reserved = new HashSet<>(KEYWORDS);
    reserved.addAll(AMBIGUOUS);
    switch (kind) {
      case TYPE -> reserved.addAll(CLASS_NAMES_TAKEN);
      case PROPERTY -> {
        reserved.addAll(MODEL_ATTRIBUTES);
        reserved.addAll(ANNOTATION_BUILTINS);
      }
      case PARAMETER -> reserved.addAll(METHOD_LOCALS);
      case OPERATION -> reserved.addAll(METHOD_NAMES_TAKEN);
    }
    return reserved;
  }

  /** A resource attribute of the client, also its module name. */
  public static String resourceAttribute(Name name) {
    return avoid(snake(name.words()), CLIENT_MEMBERS);
  }

  /** A private module-level constant such as {@code _CREATE_MESSAGE}. */
  public static String constant(Name name) {
    return "_" + Case.screamingSnake(name.words());
  }

  /** Makes {@code candidate} unique in {@code taken} by appending numbers, then claims it. */
  public static String unique(Set<String> taken, String candidate) {
    String unique = candidate;
    for (int number = 2; taken.contains(unique); number++) {
      unique = candidate + "_" + number;
    }
    taken.add(unique);
    return unique;
  }

  @SafeVarargs
  private static String avoid(String identifier, Set<String>... reserved) {
    for (Set<String> names : reserved) {
      if (names.contains(identifier)) {
        return identifier + "_";
      }
    }
    return identifier;
  }
}
