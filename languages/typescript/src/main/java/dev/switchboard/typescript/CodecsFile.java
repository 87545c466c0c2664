package dev.switchboard.typescript;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declarations of {@code src/codecs.ts}: one exported constant per object, union and alias
 * type, marked pure so that a bundler drops those a program does not reach. Each holds only its own
 * properties' mappings; references to other types are resolved on first use.
 */
final class CodecsFile implements TypeDecl.Visitor<String> {
  private final SdkModel model;

  CodecsFile(SdkModel model) {
    this.model = model;
  }

  List<String> declarations() {
    return model.api.types().stream().map(type -> type.accept(this)).filter(Objects::nonNull).toList();
  }

  @Override
  public String object(TypeDecl.ObjectType type) {
    String call = type.additionalProperties()
        .map(extra -> "$.openObject(" + model.types.codec(extra, "") + ", () => ({")
        .orElse("$.object(() => ({");
    StringBuilder out = new StringBuilder();
    if (type.properties().isEmpty()) {
      head(out, model.symbols.typeName(type.id()), call + "}));");
      return out.toString();
    }
    int indent = head(out, model.symbols.typeName(type.id()), call);
    for (Property property : type.properties()) {
      String name = model.property(type.id(), property);
      List<Doc> items = new ArrayList<>();
      items.add(Doc.text(model.types.codec(property.type(), "")));
      boolean renamed = !name.equals(property.name().wire());
      if (property.required() || renamed) {
        items.add(Doc.text(property.required() ? "1" : "0"));
      }
      if (renamed) {
        items.add(Doc.text(TsText.string(property.name().wire())));
      }
      out.append(entry(indent, TsSymbols.propertyKey(name), items));
    }
    return out.append(" ".repeat(indent - 2)).append("}));\n").toString();
  }

  /**
   * {@code export const Name: $.Codec = /* @__PURE__ *}{@code / CALL} where CALL usually opens an
   * object literal, moved below the {@code =} as Prettier does when too long; returns the entries'
   * indent.
   */
  private static int head(StringBuilder out, String name, String call) {
    String declaration = "export const " + name + ": $.Codec =";
    String line = declaration + " /* @__PURE__ */ " + call;
    if (line.length() <= Code.WIDTH) {
      out.append(line).append('\n');
      return 2;
    }
    out.append(declaration).append("\n  /* @__PURE__ */ ").append(call).append('\n');
    return 4;
  }

  /** {@code key: [a, b],} laid out as Prettier does. */
  private static String entry(int indent, String key, List<Doc> items) {
    return Code.print(Doc.concat(Doc.text(key + ": "), Doc.list("[", items, "]", false), Doc.text(",")), indent)
        + "\n";
  }

  @Override
  public String enumeration(TypeDecl.EnumType type) {
    return null;
  }

  @Override
  public String union(TypeDecl.UnionType type) {
    String name = model.symbols.typeName(type.id());
    if (type.discriminator().isEmpty()) {
      List<String> variants = type.variants().stream().map(v -> model.types.codec(v.type(), "")).distinct().toList();
      return lazy(name, "$.untagged(() => [" + String.join(", ", variants) + "])");
    }
    String call = "$.tagged(" + TsText.string(model.discriminatorName(type)) + ", "
        + TsText.string(type.discriminator().get().property().wire()) + ", () => ({";
    StringBuilder out = new StringBuilder();
    int indent = head(out, name, call);
    taggedVariants(type).forEach((value, variant) ->
        out.append(Code.property(indent, TsSymbols.propertyKey(value), variant)));
    return out.append(" ".repeat(indent - 2)).append("}));\n").toString();
  }

  /** The codec of each discriminator value; the first variant that claims a value keeps it. */
  private Map<String, String> taggedVariants(TypeDecl.UnionType type) {
    Map<String, String> variants = new LinkedHashMap<>();
    for (TypeDecl.Variant variant : type.variants()) {
      if (variant.type() instanceof TypeRef.Named named) {
        Set<String> values = new LinkedHashSet<>(variant.discriminatorValues());
        values.forEach(value -> variants.putIfAbsent(value, model.symbols.typeName(named.id())));
      }
    }
    return variants;
  }

  @Override
  public String alias(TypeDecl.AliasType type) {
    return lazy(model.symbols.typeName(type.id()), model.types.codec(type.target(), ""));
  }

  /**
   * {@code export const Name: $.Codec = /* @__PURE__ *}{@code / $.lazy(() => EXPRESSION);}: built on
   * first use, since the expression may name codecs declared further down.
   */
  private static String lazy(String name, String expression) {
    String head = "export const " + name + ": $.Codec = /* @__PURE__ */ $.lazy(() =>";
    String line = head + " " + expression + ");";
    if (line.length() <= Code.WIDTH) {
      return line + "\n";
    }
    return head + "\n  " + expression + ",\n);\n";
  }
}
