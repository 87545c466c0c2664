package dev.switchboard.typescript;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API with every TypeScript name decided, shared by the file builders. */
final class SdkModel {
  final Api api;
  /** The SDK decided in core: method names, inputs, result shapes. */
  final Plan plan;
  /** Where generation warnings go. */
  final Diagnostics diagnostics;
  /** Where every identifier is allocated. */
  final SymbolTable table;
  final TsSymbols symbols;
  final TsTypes types;
  /** As {@link #types}, for the properties of a call's params. */
  final TsTypes paramTypes;
  final Map<String, TypeDecl> declarations;
  /** The API's operations by id. */
  final Map<String, dev.switchboard.core.ir.Operation> operations = new LinkedHashMap<>();
  /** Properties and parameters in camelCase rather than as the API spells them. */
  final boolean camelCase;
  /** Where the API's modules go, and how they reach the runtime. */
  final SourceFolder folder;
  private final Map<String, Map<String, String>> propertyNames = new LinkedHashMap<>();

  SdkModel(Api api, Plan plan, SymbolTable table, Diagnostics diagnostics, TypeScriptOptions options) {
    this(api, plan, table, diagnostics, options, SourceFolder.ROOT, api.info().clientName());
  }

  /** The model of an API printed in {@code folder}, its client class named after {@code client}. */
  SdkModel(Api api, Plan plan, SymbolTable table, Diagnostics diagnostics, TypeScriptOptions options,
      SourceFolder folder, Name client) {
    this.api = api;
    this.folder = folder;
    this.plan = plan;
    this.diagnostics = diagnostics;
    this.table = table;
    this.camelCase = options.camelCase();
    this.symbols = new TsSymbols(client, table);
    this.declarations = api.typesById();
    api.operations().forEach(operation -> operations.put(operation.id(), operation));
    this.types = new TsTypes(declarations, symbols, options.bigint());
    this.paramTypes = types.forParams();
    api.types().forEach(type -> symbols.typeName(type.id(), type.name(), type.source()));
    api.types().forEach(this::nameProperties);
  }

  private void nameProperties(TypeDecl type) {
    if (type instanceof TypeDecl.ObjectType object) {
      SymbolTable.Scope scope = table.scope("properties " + object.id());
      Map<String, String> names = new LinkedHashMap<>();
      for (Property property : object.properties()) {
        names.put(property.name().wire(), member(scope, property.name(),
            JsonPointers.child(object.source() + "/properties", property.name().wire())));
      }
      propertyNames.put(object.id(), names);
    }
  }

  /**
   * The SDK name of a property, unique in {@code scope}: its wire name, or with the
   * camelCase option its words in camelCase. Printed quoted where it is not an identifier.
   */
  String member(SymbolTable.Scope scope, Name name, String pointer) {
    return keepsWireName(name.wire())
        ? scope.claim(NameKind.PROPERTY, name.wire(), new SymbolTable.Source(name.wire(), pointer))
        : TsSymbols.member(scope, NameKind.PROPERTY, name, pointer);
  }

  /**
   * Whether a property or parameter is named as on the wire: by default, except {@code __proto__},
   * which an object literal or an assignment would take for the object's prototype.
   */
  boolean keepsWireName(String wire) {
    return !camelCase && !wire.equals("__proto__");
  }

  /** The SDK name of an object type's property. */
  String property(String typeId, Property property) {
    return propertyNames.get(typeId).get(property.name().wire());
  }

  /** The object type a reference names, if it names one. */
  TypeDecl.ObjectType objectType(dev.switchboard.core.ir.TypeRef ref) {
    if (ref instanceof dev.switchboard.core.ir.TypeRef.Named named
        && declarations.get(named.id()) instanceof TypeDecl.ObjectType object) {
      return object;
    }
    return null;
  }

  /** The SDK name of the discriminator, as the variants' own property names it. */
  String discriminatorName(TypeDecl.UnionType type) {
    String wire = type.discriminator().orElseThrow().property().wire();
    for (TypeDecl.Variant variant : type.variants()) {
      TypeDecl.ObjectType object = objectType(variant.type());
      if (object != null && object.property(wire).isPresent()) {
        return property(object.id(), object.property(wire).get());
      }
    }
    Name property = type.discriminator().get().property();
    return camelCase ? dev.switchboard.core.naming.Case.camel(property.words()) : property.wire();
  }
}
