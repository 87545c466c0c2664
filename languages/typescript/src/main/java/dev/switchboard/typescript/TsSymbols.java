package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spells every TypeScript identifier of a generated SDK: type names, member names, option names
 * and local bindings, allocated in core's symbol table with TypeScript's reserved words, which
 * records every rename. Leading digits get an underscore.
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

  /**
   * TypeScript's reserved words per kind of name: a type never takes a name the package exports
   * or a global value ({@code NaN}, {@code Infinity}) and gets {@code Model} appended instead; a
   * resource class also avoids the globals its module uses and gets {@code Resource} appended.
   * Members may be any word: they are property names.
   */
  static final SymbolProvider PROVIDER = new SymbolProvider() {
    private final Set<String> types = union(RUNTIME_EXPORTS, RESERVED);
    private final Set<String> resources = union(types, RESOURCE_MODULE_NAMES);

    @Override
    public Set<String> reserved(NameKind kind) {
      return kind == NameKind.TYPE ? types : kind == NameKind.RESOURCE ? resources : Set.of();
    }

    @Override
    public String escape(NameKind kind, String identifier) {
      return identifier + (kind == NameKind.RESOURCE ? "Resource" : kind == NameKind.TYPE ? "Model" : "_");
    }

    /** PascalCase types and resource classes, camelCase members; {@code _} before a leading digit. */
    @Override
    public String spell(NameKind kind, Name name) {
      return Identifiers.leadingDigit(kind == NameKind.TYPE || kind == NameKind.RESOURCE
          ? Case.pascal(name.words()) : Case.camel(name.words()), "_");
    }
  };

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private final Map<String, String> typeNames = new HashMap<>();
  private final SymbolTable.Scope types;
  private final String clientName;

  TsSymbols(Name clientName, SymbolTable table) {
    this.clientName = Identifiers.leadingDigit(Case.pascal(clientName.words()), "_");
    this.types = table.scope("types").reserveWords(List.of(this.clientName)).reserve(List.of(this.clientName + "Base"));
  }

  String clientClass() {
    return clientName;
  }

  /** Names the type with IR id {@code id} declared at {@code pointer}; the first caller of a name keeps it. */
  String typeName(String id, Name name, String pointer) {
    return typeNames.computeIfAbsent(id, key -> types.claim(NameKind.TYPE,
        PROVIDER.spell(NameKind.TYPE, name), new SymbolTable.Source(name.wire(), pointer)));
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
    return types.claimGenerated(NameKind.TYPE, Identifiers.leadingDigit(pascal, "_"));
  }

  /** The class of a resource, unique among exported types and clear of its module's names. */
  String resourceClass(Name name) {
    return types.claimGenerated(NameKind.RESOURCE, PROVIDER.spell(NameKind.RESOURCE, name));
  }

  /** camelCase for a member or option of {@code kind}, unique in {@code scope}. Printed quoted where not an identifier. */
  static String member(SymbolTable.Scope scope, NameKind kind, Name name, String pointer) {
    return scope.claim(kind, Case.camel(name.words()), new SymbolTable.Source(name.wire(), pointer));
  }

  /**
   * camelCase for a member that is also used as a bare identifier (a resource property, a method):
   * {@code _} before a leading digit; unique in {@code scope}.
   */
  static String identifierMember(SymbolTable.Scope scope, NameKind kind, Name name, String pointer) {
    return scope.claim(kind, Identifiers.leadingDigit(Case.camel(name.words()), "_"),
        new SymbolTable.Source(name.wire(), pointer));
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
