package dev.switchboard.golang;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/** The API's types as Go declarations: structs, named string or integer enums, unions and aliases. */
final class ModelsFile {
  private final GoTypes types;
  private final SymbolTable symbols;

  ModelsFile(GoTypes types, SymbolTable symbols) {
    this.types = types;
    this.symbols = symbols;
  }

  List<Views.Decl> decls(Api api) {
    List<Views.Decl> decls = new ArrayList<>();
    for (TypeDecl type : api.types()) {
      decls.add(type.accept(new TypeDecl.Visitor<>() {
        @Override
        public Views.Decl object(TypeDecl.ObjectType t) {
          return new Views.Decl(objectDecl(t), null, null, null);
        }

        @Override
        public Views.Decl enumeration(TypeDecl.EnumType t) {
          return new Views.Decl(null, enumDecl(t), null, null);
        }

        @Override
        public Views.Decl union(TypeDecl.UnionType t) {
          return new Views.Decl(null, null, unionDecl(t), null);
        }

        @Override
        public Views.Decl alias(TypeDecl.AliasType t) {
          return new Views.Decl(null, null, null, aliasDecl(t));
        }
      }));
    }
    return decls;
  }

  private Views.ObjectDecl objectDecl(TypeDecl.ObjectType type) {
    String name = types.name(type.id());
    SymbolTable.Scope members = symbols.scope("fields:" + type.id());
    List<Views.Field> fields = new ArrayList<>();
    for (Property property : type.properties()) {
      String pointer = JsonPointers.child(type.source() + "/properties", property.name().wire());
      String field = members.claim(NameKind.PROPERTY, GoSymbols.PROVIDER.spell(NameKind.PROPERTY, property.name()),
          new SymbolTable.Source(property.name().wire(), pointer));
      types.nameField(type.id(), property.name().wire(), field);
      String sense = property.required() ? "" : " It is absent when the API leaves it out.";
      fields.add(new Views.Field(
          GoText.comment(field + " is the " + GoText.quote(property.name().wire()) + " field." + sense, property.docs()),
          field, types.field(property.type(), property.required()), GoText.quote(property.name().wire())));
    }
    return new Views.ObjectDecl(GoText.comment(name + " is the " + type.name().wire() + " object of the API.", type.docs()),
        name, fields);
  }

  private Views.EnumDecl enumDecl(TypeDecl.EnumType type) {
    String name = types.name(type.id());
    boolean integer = type.base() == TypeDecl.EnumBase.INTEGER;
    List<Views.Constant> constants = new ArrayList<>();
    for (TypeDecl.EnumValue value : type.values()) {
      if (integer ? !value.value().isIntegralNumber() : !value.value().isTextual()) {
        continue;
      }
      String constant = types.scope().claimGenerated(NameKind.ENUM_VALUE,
          name + GoSymbols.PROVIDER.spell(NameKind.ENUM_VALUE, value.name()));
      String literal = integer ? value.value().asText() : GoText.quote(value.value().asText());
      constants.add(new Views.Constant(GoText.comment(constant + " is " + literal + ".", value.docs()), constant, literal));
    }
    String doc = name + " is the " + type.name().wire() + " enumeration of the API; values it does not list are kept as they are.";
    return new Views.EnumDecl(GoText.comment(doc, type.docs()), name, integer ? "int64" : "string", constants);
  }

  private Views.UnionDecl unionDecl(TypeDecl.UnionType type) {
    String name = types.name(type.id());
    SymbolTable.Scope methods = symbols.newScope().reserve(List.of("Raw", "MarshalJSON", "UnmarshalJSON", "Union"));
    String property = type.discriminator().map(d -> d.property().wire()).orElse("");
    List<Views.Variant> variants = new ArrayList<>();
    List<String> variantTypes = new ArrayList<>();
    for (TypeDecl.Variant variant : type.variants()) {
      String spelled = GoSymbols.exported(variant.name().words());
      String method = methods.claimGenerated(NameKind.OPERATION, "As" + spelled);
      String constructor = types.scope().claimGenerated(NameKind.TYPE, name + "Of" + spelled);
      String goType = types.of(variant.type());
      types.nameConstructor(type.id(), variant.type(), constructor);
      List<String> selector = new ArrayList<>();
      selector.add(GoText.quote(property));
      if (!property.isEmpty()) {
        variant.discriminatorValues().forEach(v -> selector.add(GoText.quote(v)));
      }
      variants.add(new Views.Variant(method, constructor, goType, String.join(", ", selector)));
      variantTypes.add(goType);
    }
    String doc = name + " is one of: " + String.join(", ", variantTypes)
        + ". It keeps the JSON it was given, so a variant this SDK does not know is kept too (Raw).";
    return new Views.UnionDecl(GoText.comment(doc, type.docs()), name, variants);
  }

  private Views.AliasDecl aliasDecl(TypeDecl.AliasType type) {
    String name = types.name(type.id());
    boolean named = type.target() instanceof TypeRef.Named;
    // A named target keeps its methods (its JSON encoding) only through an alias.
    String target = (named ? "= " : "") + types.of(type.target());
    return new Views.AliasDecl(GoText.comment(name + " is the " + type.name().wire() + " type of the API.", type.docs()),
        name, target);
  }
}
