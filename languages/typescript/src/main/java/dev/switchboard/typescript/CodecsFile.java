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
import java.util.function.IntFunction;

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
    String name = model.symbols.typeName(type.id());
    List<String> leading = type.additionalProperties().map(extra -> List.of(model.types.codec(extra, ""))).orElse(List.of());
    String callee = leading.isEmpty() ? "$.object" : "$.openObject";
    if (type.properties().isEmpty()) {
      String line = "export const " + name + ": $.Codec = /* @__PURE__ */ " + callee + "("
          + String.join("", leading.stream().map(arg -> arg + ", ").toList()) + "() => ({}));";
      return line + "\n";
    }
    return declaration(name, callee, leading, indent -> {
      StringBuilder out = new StringBuilder();
      for (Property property : type.properties()) {
        boolean personal = model.plan.redaction().sensitive(type.id(), property.name().wire());
        out.append(field(indent, model.property(type.id(), property), property, personal));
      }
      return out.toString();
    });
  }

  /**
   * {@code key: [codec, required, 'wire'],}: the flag and the wire name only where needed; the codec
   * of personal data wrapped in {@code $.personal(...)}.
   */
  private String field(int indent, String name, Property property, boolean personal) {
    List<String> items = new ArrayList<>();
    String codec = model.types.codec(property.type(), "");
    items.add(personal ? "$.personal(" + codec + ")" : codec);
    boolean renamed = !name.equals(property.name().wire());
    if (property.required() || renamed) {
      items.add(property.required() ? "1" : "0");
    }
    if (renamed) {
      items.add(TsText.string(property.name().wire()));
    }
    String key = TsSymbols.propertyKey(name);
    if (indent + key.length() + 3 > Code.WIDTH) {
      return " ".repeat(indent) + key + ":\n" + " ".repeat(indent + 2) + "[" + String.join(", ", items) + "],\n";
    }
    Doc list = Doc.list("[", items.stream().map(Doc::text).toList(), "]", false);
    return Code.print(Doc.concat(Doc.text(key + ": "), list, Doc.text(",")), indent) + "\n";
  }

  /**
   * {@code export const Name: $.Codec = /* @__PURE__ *}{@code / CALLEE(ARGS, () => ({ BODY }));},
   * laid out as Prettier does when it is too long: the arguments one a line, or the call below the
   * {@code =}. {@code body} renders the object's entries at the indent it is given.
   */
  private static String declaration(String name, String callee, List<String> leading, IntFunction<String> body) {
    String declaration = "export const " + name + ": $.Codec =";
    String args = String.join("", leading.stream().map(arg -> arg + ", ").toList());
    String call = "/* @__PURE__ */ " + callee + "(" + args + "() => ({";
    if (declaration.length() + 1 + call.length() <= Code.WIDTH) {
      return declaration + " " + call + "\n" + body.apply(2) + "}));\n";
    }
    String open = declaration + " /* @__PURE__ */ " + callee + "(";
    if (open.length() <= Code.WIDTH) {
      StringBuilder out = new StringBuilder(open).append('\n');
      leading.forEach(arg -> out.append("  ").append(arg).append(",\n"));
      return out.append("  () => ({\n").append(body.apply(4)).append("  }),\n);\n").toString();
    }
    return declaration + "\n  " + call + "\n" + body.apply(4) + "  }));\n";
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
      return lazy(name, "$.untagged(() => [", variants, "])");
    }
    List<String> leading = List.of(TsText.string(model.discriminatorName(type)),
        TsText.string(type.discriminator().get().property().wire()));
    Map<String, String> variants = taggedVariants(type);
    return declaration(name, "$.tagged", leading, indent -> {
      StringBuilder out = new StringBuilder();
      variants.forEach((value, variant) -> out.append(Code.property(indent, TsSymbols.propertyKey(value), variant)));
      return out.toString();
    });
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
    return lazy(model.symbols.typeName(type.id()), model.types.codec(type.target(), ""), List.of(), "");
  }

  /**
   * {@code export const Name: $.Codec = /* @__PURE__ *}{@code / $.lazy(() => OPEN ITEMS CLOSE);}: built
   * on first use, since the expression may name codecs declared further down. Laid out as Prettier
   * lays out an assignment of a call whose last argument is an arrow function.
   */
  private static String lazy(String name, String open, List<String> items, String close) {
    String expression = open + String.join(", ", items) + close;
    String left = "export const " + name + ": $.Codec =";
    String call = "/* @__PURE__ */ $.lazy(";
    // The value moves to the next line when even its opening does not fit after the name.
    boolean breakAfterEquals = left.length() + 1 + call.length() > Code.WIDTH;
    int base = breakAfterEquals ? 2 : 0;
    String prefix = breakAfterEquals ? left + "\n  " + call : left + " " + call;
    String firstLine = breakAfterEquals ? "  " + call : prefix;
    String pad = " ".repeat(base);
    if (firstLine.length() + "() => ".length() + expression.length() + 2 <= Code.WIDTH) {
      return prefix + "() => " + expression + ");\n";
    }
    // An arrow whose body is a call is hugged: "$.lazy(() =>" stays, the body goes below it.
    if (expression.endsWith(")") && firstLine.length() + "() =>".length() <= Code.WIDTH) {
      return prefix + "() =>\n" + body(base + 2, expression, open, items, close) + pad + ");\n";
    }
    String arrow = " ".repeat(base + 2) + "() => " + expression + ",";
    if (arrow.length() <= Code.WIDTH) {
      return prefix + "\n" + arrow + "\n" + pad + ");\n";
    }
    return prefix + "\n" + " ".repeat(base + 2) + "() =>\n" + body(base + 4, expression, open, items, close) + pad + ");\n";
  }

  /** The arrow's body at {@code indent}, its items one per line when it does not fit. */
  private static String body(int indent, String expression, String open, List<String> items, String close) {
    String pad = " ".repeat(indent);
    if (items.isEmpty() || indent + expression.length() + 1 <= Code.WIDTH) {
      return pad + expression + ",\n";
    }
    StringBuilder out = new StringBuilder(pad).append(open).append('\n');
    items.forEach(item -> out.append(pad).append("  ").append(item).append(",\n"));
    return out.append(pad).append(close).append(",\n").toString();
  }
}
