package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides every TypeScript identifier of a generated SDK: type names, member names, option names
 * and local bindings. Reserved and strict-mode words, names the runtime already exports, leading
 * digits and collisions are all resolved here.
 */
final class TsSymbols {
  /** Words that cannot name a binding in strict-mode ES modules. */
  static final Set<String> RESERVED = Set.of(
      "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
      "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import",
      "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
      "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
      "package", "private", "protected", "public", "await", "arguments", "eval", "undefined", "NaN",
      "Infinity", "any", "boolean", "number", "string", "symbol", "object", "never", "unknown",
      "bigint", "type", "as", "async", "of", "declare", "namespace", "module", "readonly", "keyof");

  /** Names the package exports besides the models; model and params types must not take them. */
  static final Set<String> RUNTIME_EXPORTS = Set.of(
      "APIPromise", "WithResponse", "Page", "PagePromise", "Stream", "ServerSentEvent", "Uploadable",
      "NamedBlob", "toFile", "RequestOptions", "ClientOptions", "Fetch", "SDKError", "APIError",
      "ClientError", "ServerError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
      "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
      "InternalServerError", "APIConnectionError", "APITimeoutError", "APIUserAbortError",
      "MissingCredentialsError", "APIDecodeError", "ForeignLinkError", "InvalidRequestError",
      "TooManyRedirectsError", "UnknownVariant", "Unrecognized", "JsonValue", "Models",
      "APIResource", "BaseClient", "BaseClientOptions", "ClientConfig", "OperationSource");

  /** Global and imported names a resource module uses, which its class must not hide. */
  static final Set<String> RESOURCE_MODULE_NAMES = Set.of("Record", "Response", "Promise", "Object", "Array",
      "Error", "Blob", "String", "Number", "Boolean", "C");

  /** Members of the base client that a resource property must not hide. */
  static final Set<String> CLIENT_MEMBERS = Set.of("baseURL", "timeout", "maxRetries", "constructor");

  /** Options every client accepts, which server variables and credentials must not take. */
  static final Set<String> BASE_OPTIONS = Set.of("baseURL", "timeout", "maxRetries", "defaultHeaders", "fetch");

  private final Map<String, String> typeNames = new HashMap<>();
  private final Set<String> takenTypeNames = new HashSet<>();
  private final String clientName;

  TsSymbols(Name clientName) {
    this.clientName = Identifiers.leadingDigit(Case.pascal(clientName.words()), "_");
    takenTypeNames.addAll(RUNTIME_EXPORTS);
    takenTypeNames.add(this.clientName);
    takenTypeNames.add(this.clientName + "Base");
  }

  String clientClass() {
    return clientName;
  }

  /** The exported name of the type with IR id {@code id}; the first caller of a name keeps it. */
  String typeName(String id, Name name) {
    return typeNames.computeIfAbsent(id, key -> claimType(Case.pascal(name.words())));
  }

  /** The name of an already named type. */
  String typeName(String id) {
    String name = typeNames.get(id);
    if (name == null) {
      throw new IllegalStateException("type not named: " + id);
    }
    return name;
  }

  /** A new exported type name such as a params interface, unique among all exported types. */
  String claimType(String pascal) {
    String base = Identifiers.leadingDigit(pascal, "_");
    if (RUNTIME_EXPORTS.contains(base) || base.equals(clientName)) {
      base = base + "Model";
    }
    return unique(base, takenTypeNames);
  }

  /** The class of a resource, unique among exported types and clear of its module's names. */
  String resourceClass(String pascal) {
    return claimType(RESOURCE_MODULE_NAMES.contains(pascal) ? pascal + "Resource" : pascal);
  }

  /** camelCase for a member or option; unique within {@code taken}. Printed quoted where not an identifier. */
  static String member(List<String> words, Set<String> taken) {
    return unique(Case.camel(words), taken);
  }

  /**
   * camelCase for a member that is also used as a bare identifier (a resource property, a method):
   * {@code _} before a leading digit; unique within {@code taken}.
   */
  static String identifierMember(List<String> words, Set<String> taken) {
    return unique(Identifiers.leadingDigit(Case.camel(words), "_"), taken);
  }

  /** A property key as written in an object type or literal: quoted unless an identifier. */
  static String propertyKey(String name) {
    return isIdentifier(name) ? name : TsText.string(name);
  }

  /** A local binding (a variable in an example): never a reserved or strict-mode word. */
  static String binding(List<String> words) {
    String camel = Identifiers.leadingDigit(Case.camel(words), "_");
    return RESERVED.contains(camel) ? camel + "_" : camel;
  }

  /** {@code base}, or {@code base2}, {@code base3}... whichever is free; the result is taken. */
  static String unique(String base, Set<String> taken) {
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  /**
   * Identifier syntax: a Unicode letter, {@code _} or {@code $}, then letters, digits, {@code _} or
   * {@code $}; wire names may hold any letters, and Prettier leaves such keys unquoted.
   */
  static boolean isIdentifier(String name) {
    return !name.isEmpty() && name.codePoints().allMatch(c -> c == '$' || c == '_' || Character.isUnicodeIdentifierPart(c)
        && !Character.isIdentifierIgnorable(c)) && (name.codePointAt(0) == '$' || name.codePointAt(0) == '_'
        || Character.isUnicodeIdentifierStart(name.codePointAt(0)));
  }
}
