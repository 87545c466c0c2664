package dev.switchboard.golang;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spells Go identifiers: exported PascalCase with Go's initialisms upper-cased ({@code AccountID},
 * {@code NextPageURL}) for everything a caller sees, lower camelCase for local variables, clear of
 * Go's keywords, predeclared identifiers and the names the generated package declares itself.
 */
final class GoSymbols {
  private GoSymbols() {}

  /** Go's keywords. */
  static final Set<String> KEYWORDS = Set.of(
      "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
      "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
      "switch", "type", "var");

  /** Go's predeclared identifiers, which a local would shadow. */
  static final Set<String> PREDECLARED = Set.of(
      "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int", "int8",
      "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
      "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
      "make", "max", "min", "new", "panic", "print", "println", "real", "recover");

  /** Package names a generated file imports, and the locals its methods declare. */
  static final Set<String> LOCALS = Set.of(
      "context", "core", "http", "io", "iter", "json", "time", "ctx", "params", "opts", "req", "form", "body",
      "parts", "w", "r", "err", "m", "u", "v");

  /** Names every generated package declares besides the API's types. */
  static final Set<String> PACKAGE_NAMES = Set.of(
      "Client", "NewClient", "Option", "APIError", "Opt", "Some", "Null", "File", "WithBaseURL", "WithHTTPClient",
      "WithMaxRetries", "WithHeader", "WithTimeout", "WithResponse", "WithFollowForeignLinks", "Mount");

  /** Members of every model struct besides its fields. */
  static final Set<String> MODEL_MEMBERS = Set.of("Extra", "MarshalJSON", "UnmarshalJSON", "String");

  /** Words Go spells in capitals (the list golint and the Go wiki use), plus SID and SMS. */
  static final Set<String> INITIALISMS = Set.of(
      "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip", "json", "lhs",
      "qps", "ram", "rhs", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid", "uuid",
      "uri", "url", "utf8", "vm", "xml", "xmpp", "xsrf", "xss", "sid", "sms");

  /**
   * Types take neither the package's own names nor each other's and get {@code Model} appended;
   * model fields avoid the struct's own members and get {@code _} appended. Methods, resources,
   * parameters and enum values are exported members or prefixed constants: no word is reserved.
   */
  static final SymbolProvider PROVIDER = new SymbolProvider() {
    @Override
    public Set<String> reserved(NameKind kind) {
      return switch (kind) {
        case TYPE -> PACKAGE_NAMES;
        case PROPERTY -> MODEL_MEMBERS;
        default -> Set.of();
      };
    }

    @Override
    public String escape(NameKind kind, String identifier) {
      return identifier + (kind == NameKind.TYPE ? "Model" : "_");
    }

    @Override
    public String spell(NameKind kind, Name name) {
      return exported(name.words());
    }
  };

  /** PascalCase with initialisms; a name that cannot start with a capital letter gets an {@code X} first. */
  static String exported(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      String clean = letters(word);
      if (clean.isEmpty()) {
        continue;
      }
      if (out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1)) && Character.isDigit(clean.charAt(0))) {
        out.append('_');
      }
      out.append(INITIALISMS.contains(clean.toLowerCase(Locale.ROOT)) ? clean.toUpperCase(Locale.ROOT) : capitalize(clean));
    }
    if (out.length() == 0 || !Character.isUpperCase(out.charAt(0))) {
      out.insert(0, 'X');
    }
    return out.toString();
  }

  /** lowerCamelCase with initialisms ({@code accountSID}, {@code idempotencyKey}), for locals. */
  static String local(List<String> words) {
    String pascal = exported(words);
    String first = letters(words.get(0));
    int head = INITIALISMS.contains(first.toLowerCase(Locale.ROOT)) && pascal.startsWith(first.toUpperCase(Locale.ROOT))
        ? first.length() : 1;
    return pascal.substring(0, head).toLowerCase(Locale.ROOT) + pascal.substring(head);
  }

  /** Lowercase letters and digits only: a Go package name. */
  static String packageName(List<String> words) {
    StringBuilder out = new StringBuilder();
    words.forEach(w -> out.append(letters(w).toLowerCase(Locale.ROOT)));
    String name = out.toString().replaceAll("[^a-z0-9]", "");
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "api" + name : name;
  }

  /** Names of locals that must not shadow keywords, predeclared identifiers, imports or other locals. */
  static Set<String> localReserved() {
    Set<String> all = new HashSet<>(KEYWORDS);
    all.addAll(PREDECLARED);
    all.addAll(LOCALS);
    return all;
  }

  private static String letters(String word) {
    StringBuilder out = new StringBuilder();
    word.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String capitalize(String word) {
    return word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + word.substring(word.offsetByCodePoints(0, 1));
  }
}
