package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place Java identifiers are decided: classes, members and constants, avoiding keywords,
 * literals, java.lang names, leading digits and collisions.
 */
final class JavaSymbols {
  private final String rootPackage;
  private final Map<String, ClassName> types = new HashMap<>();
  private final Map<String, ClassName> params = new HashMap<>();
  private final Map<Resource, String> resourceNames = new LinkedHashMap<>();

  JavaSymbols(Api api, String rootPackage) {
    this.rootPackage = rootPackage;
    Scope models = new Scope(JavaNames.JAVA_LANG);
    api.types().forEach(type -> types.put(type.id(), ClassName.get(models(), models.claim(className(type.name())))));
    api.operations().forEach(op -> params.put(op.id(), ClassName.get(models(), models.claim(className(op.name()) + "Params"))));
    Scope services = new Scope(JavaNames.JAVA_LANG);
    api.resources().forEach(resource -> resourceNames.put(resource, services.claim(className(resource.name()))));
  }

  /** A legal, idiomatic package name from any text, such as {@code com.kitchensink}. */
  static String packageName(String text) {
    StringBuilder out = new StringBuilder();
    for (String segment : text.split("\\.")) {
      String cleaned = segment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
      if (cleaned.isEmpty()) {
        continue;
      }
      cleaned = Identifiers.unreserved(Identifiers.leadingDigit(cleaned, "_"), JavaNames.RESERVED, "_");
      out.append(out.length() == 0 ? "" : ".").append(cleaned);
    }
    return out.length() == 0 ? "sdk" : out.toString();
  }

  /** A class name: PascalCase, never a java.lang name, never starting with a digit. */
  static String className(Name name) {
    String pascal = Identifiers.leadingDigit(Case.pascal(name.words()), "_");
    return JavaNames.JAVA_LANG.contains(pascal) ? pascal + "Model" : pascal;
  }

  /** A method, field or parameter name: camelCase, never a keyword or literal. */
  static String member(Name name) {
    String camel = Identifiers.leadingDigit(Case.camel(name.words()), "_");
    return Identifiers.unreserved(camel, JavaNames.RESERVED, "_");
  }

  /** A constant name: SCREAMING_SNAKE_CASE, never starting with a digit. */
  static String constant(Name name) {
    return Identifiers.leadingDigit(Case.screamingSnake(name.words()), "_");
  }

  /** Member names for many items in one class, unique and clear of {@code reserved}. */
  static <T> Map<T, String> members(List<T> items, Function<T, Name> name, Set<String> reserved) {
    Scope scope = new Scope(reserved);
    Map<T, String> names = new LinkedHashMap<>();
    items.forEach(item -> names.put(item, scope.claim(member(name.apply(item)))));
    return names;
  }

  /** Constant names for many items in one class, unique and clear of {@code reserved}. */
  static <T> Map<T, String> constants(List<T> items, Function<T, Name> name, Set<String> reserved) {
    Scope scope = new Scope(reserved);
    Map<T, String> names = new LinkedHashMap<>();
    items.forEach(item -> names.put(item, scope.claim(constant(name.apply(item)))));
    return names;
  }

  String rootPackage() {
    return rootPackage;
  }

  String models() {
    return rootPackage + ".models";
  }

  String services() {
    return rootPackage + ".services";
  }

  String core() {
    return rootPackage + ".core";
  }

  String errors() {
    return rootPackage + ".errors";
  }

  ClassName core(String simpleName) {
    return ClassName.get(core(), simpleName);
  }

  ClassName error(String simpleName) {
    return ClassName.get(errors(), simpleName);
  }

  ClassName type(String id) {
    ClassName name = types.get(id);
    if (name == null) {
      throw new IllegalArgumentException("unknown type id " + id);
    }
    return name;
  }

  ClassName type(TypeDecl type) {
    return type(type.id());
  }

  ClassName params(Operation operation) {
    return params.get(operation.id());
  }

  ClassName service(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "Service");
  }

  ClassName asyncService(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "ServiceAsync");
  }

  ClassName endpoints(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "Endpoints");
  }
}
