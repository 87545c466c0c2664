package dev.switchboard.golang;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    String property = type.discriminator().map(d -> d.property().wire()).orElse("");
    List<Views.Wrapper> wrappers = new ArrayList<>();
    Set<String> members = new LinkedHashSet<>();
    List<Views.Variant> variants = new ArrayList<>();
    for (TypeDecl.Variant variant : type.variants()) {
      String goType = carries(variant.type()) ? types.of(variant.type()) : wrapper(name, variant, wrappers);
      members.add(goType);
      List<String> tags = property.isEmpty() ? List.of() : variant.discriminatorValues();
      // A discriminator names the variant; without one, its required properties tell it from the others.
      List<String> required = property.isEmpty() ? required(variant.type()) : List.of();
      String decode = "Decode: core.Variant[" + name + ", " + goType + "](" + quoted(required) + ")";
      variants.add(new Views.Variant("{" + (tags.isEmpty() ? "" : "Tags: []string{" + quoted(tags) + "}, ") + decode + "}"));
    }
    String unknown = types.scope().claimGenerated(NameKind.TYPE, name + "Unknown");
    String doc = name + " is one of: " + String.join(", ", members) + "; a value of a variant this SDK does not know is a "
        + unknown + ". Tell them apart with a type switch.";
    String marker = "is" + name;
    return new Views.UnionDecl(GoText.comment(doc, type.docs()), name, marker, wrappers,
        members.stream().map(m -> GoText.emptyMethod(m, marker)).toList(), unknown, GoText.emptyMethod(unknown, marker),
        "decode" + name, GoText.quote(property), variants);
  }

  /** Whether a variant's type is declared in the package as a type that can carry a union's marker method. */
  private boolean carries(TypeRef ref) {
    if (!(ref instanceof TypeRef.Named named)) {
      return false;
    }
    TypeDecl decl = types.decl(named.id());
    return decl instanceof TypeDecl.ObjectType || decl instanceof TypeDecl.EnumType
        || decl instanceof TypeDecl.AliasType alias && !(alias.target() instanceof TypeRef.Named);
  }

  /** Names a wrapper type for a variant that is no model of the package, such as a string or a list. */
  private String wrapper(String union, TypeDecl.Variant variant, List<Views.Wrapper> wrappers) {
    String name = types.scope().claimGenerated(NameKind.TYPE, union + GoSymbols.exported(variant.name().words()));
    String inner = types.of(variant.type());
    // A type with JSON methods of its own keeps them only when embedded.
    boolean plain = inner.startsWith("[]") || inner.startsWith("map[") || inner.matches("[a-z0-9]+");
    String doc = name + " is the " + inner + " variant of " + union + ", a named type so that it can be one.";
    // An embedding struct on several lines: gofmt breaks a long one-line struct, never a multi-line one.
    String type = plain ? inner : "struct {\n\t" + inner + "\n}";
    wrappers.add(new Views.Wrapper(GoText.comment(doc, Optional.empty(), false), name, type));
    return name;
  }

  /** The properties an object variant must have, which tell it from the others when there is no discriminator. */
  private List<String> required(TypeRef ref) {
    if (ref instanceof TypeRef.Named named && types.decl(named.id()) instanceof TypeDecl.ObjectType object) {
      return object.properties().stream().filter(Property::required).map(p -> p.name().wire()).toList();
    }
    return List.of();
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(GoText::quote).toList());
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
