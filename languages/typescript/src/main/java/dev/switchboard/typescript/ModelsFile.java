package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.LINE;
import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.group;
import static dev.switchboard.typescript.Doc.indent;
import static dev.switchboard.typescript.Doc.text;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The declarations of {@code src/models.ts}: interfaces, enum and union types, aliases. */
final class ModelsFile implements TypeDecl.Visitor<String> {
  private final SdkModel model;

  ModelsFile(SdkModel model) {
    this.model = model;
  }

  Views.Models view() {
    List<String> declarations = model.api.types().stream().map(type -> type.accept(this)).toList();
    boolean uploads = model.api.types().stream().anyMatch(ModelsFile::usesUpload);
    return new Views.Models(model.folder.runtime(), uploads, declarations);
  }

  private static boolean usesUpload(TypeDecl type) {
    return type instanceof TypeDecl.ObjectType object
        && object.properties().stream().anyMatch(p -> TsTypes.usesUpload(p.type()));
  }

  @Override
  public String object(TypeDecl.ObjectType type) {
    StringBuilder out = new StringBuilder(TsText.jsdoc(type.docs(), ""));
    String name = model.symbols.typeName(type.id());
    if (type.properties().isEmpty() && type.additionalProperties().isEmpty()) {
      return out.append("export interface ").append(name).append(" {}\n").toString();
    }
    out.append("export interface ").append(name).append(" {\n");
    for (Property property : type.properties()) {
      out.append(member(model.property(type.id(), property), property));
    }
    if (type.additionalProperties().isPresent()) {
      out.append("  [key: string]: unknown;\n");
    }
    return out.append("}\n").toString();
  }

  private String member(String name, Property property) {
    String doc = TsText.jsdoc(property.docs(), "  ");
    String head = TsSymbols.propertyKey(name) + (property.required() ? ":" : "?:");
    Doc line = concat(text(head), model.types.annotation(property.type(), ""), text(";"));
    return doc + Code.print(line, 2) + "\n";
  }

  @Override
  public String enumeration(TypeDecl.EnumType type) {
    boolean integer = type.base() == TypeDecl.EnumBase.INTEGER;
    Set<String> members = new LinkedHashSet<>();
    type.values().forEach(value -> members.add(TsTypes.literal(value.value())));
    members.add(integer ? "(number & {})" : "(string & {})");
    return alias(type, new ArrayList<>(members));
  }

  @Override
  public String union(TypeDecl.UnionType type) {
    Set<String> members = new LinkedHashSet<>();
    if (type.discriminator().isPresent()) {
      String property = model.discriminatorName(type);
      String key = TsSymbols.propertyKey(property);
      Map<String, Set<String>> tags = new LinkedHashMap<>();
      for (TypeDecl.Variant variant : type.variants()) {
        tags.computeIfAbsent(model.types.flat(variant.type(), ""), t -> new LinkedHashSet<>())
            .addAll(variant.discriminatorValues());
      }
      tags.forEach((variant, values) -> members.add(taggedMember(variant, values, key)));
      members.add("UnknownVariant<" + TsText.string(property) + ">");
    } else {
      type.variants().forEach(variant -> members.addAll(model.types.members(variant.type(), "")));
    }
    return alias(type, new ArrayList<>(members));
  }

  /** A variant of a discriminated union; variants of the same type are one member with every value. */
  private static String taggedMember(String type, Set<String> values, String key) {
    if (values.isEmpty()) {
      return type;
    }
    String literals = String.join(" | ", values.stream().map(TsText::string).toList());
    return "(" + type + " & { " + key + ": " + literals + " })";
  }

  @Override
  public String alias(TypeDecl.AliasType type) {
    TypeRef target = type.target();
    if (target.nonNull() instanceof TypeRef.MapOf) {
      String head = "export type " + model.symbols.typeName(type.id()) + " =";
      return TsText.jsdoc(type.docs(), "") + Code.print(concat(text(head), model.types.annotation(target, ""),
          text(";")), 0) + "\n";
    }
    return alias(type, model.types.members(target, ""));
  }

  private String alias(TypeDecl type, List<String> members) {
    String head = "export type " + model.symbols.typeName(type.id()) + " =";
    Doc doc = concat(text(head), group(indent(LINE, TsTypes.union(members))), text(";"));
    return TsText.jsdoc(type.docs(), "") + Code.print(doc, 0) + "\n";
  }
}
