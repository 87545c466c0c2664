package dev.switchboard.typescript;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The declarations of {@code src/codecs.ts}: one exported constant per object, union and alias
 * type, marked pure so that a bundler drops those a program does not reach. Each holds only its own
 * properties' mappings; references to other types are resolved on first use. A type whose codec
 * would be the same as an earlier one's (large APIs repeat inline shapes many times) is that
 * codec, under its own name.
 */
final class CodecsFile implements TypeDecl.Visitor<String> {
  /** The name every declaration gets while declarations are compared, so that only bodies differ. */
  private static final String ANY_NAME = "_";
  private final SdkModel model;
  /** By type id: the earlier type whose codec this one's is. */
  private Map<String, String> sameAs = Map.of();
  private boolean comparing;

  CodecsFile(SdkModel model) {
    this.model = model;
  }

  List<String> declarations() {
    sameAs = sameCodecs();
    List<String> out = new ArrayList<>();
    for (TypeDecl type : model.api.types()) {
      String earlier = sameAs.get(type.id());
      String declaration = earlier == null ? type.accept(this)
          : alias(model.symbols.typeName(type.id()), model.symbols.typeName(earlier));
      if (declaration != null) {
        out.add(declaration);
      }
    }
    return out;
  }

  /**
   * Types whose codec is an earlier type's: the same declaration once references name the codecs
   * they resolve to, found again until nothing changes (a type may match another only once the
   * types it refers to do). The earlier type is declared first, so the alias can read it.
   */
  private Map<String, String> sameCodecs() {
    comparing = true;
    Map<String, String> found = Map.of();
    do {
      sameAs = found;
      Map<String, String> firstByBody = new HashMap<>();
      Map<String, String> next = new HashMap<>();
      for (TypeDecl type : model.api.types()) {
        String body = type.accept(this);
        if (body != null) {
          String first = firstByBody.putIfAbsent(body, type.id());
          if (first != null) {
            next.put(type.id(), first);
          }
        }
      }
      found = next;
    } while (!found.equals(sameAs));
    comparing = false;
    return found;
  }

  /** {@code export const NAME: $.Codec = EARLIER;}, broken after {@code =} as Prettier does when too long. */
  private static String alias(String name, String earlier) {
    String line = "export const " + name + ": $.Codec = " + earlier + ";";
    return (line.length() <= Code.WIDTH ? line : "export const " + name + ": $.Codec =\n  " + earlier + ";") + "\n";
  }

  /** The name a declaration gives its constant. */
  private String declared(TypeDecl type) {
    return comparing ? ANY_NAME : model.symbols.typeName(type.id());
  }

  /** The name a reference uses: the codec the referenced type's resolves to. */
  private String referenced(String id) {
    return model.symbols.typeName(sameAs.getOrDefault(id, id));
  }

  private String codec(dev.switchboard.core.ir.TypeRef ref) {
    return model.types.codec(ref, "", this::referenced);
  }

  @Override
  public String object(TypeDecl.ObjectType type) {
    String name = declared(type);
    List<String> leading = type.additionalProperties().map(extra -> List.of(codec(extra))).orElse(List.of());
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
   * {@code key: [codec, required, 'wire'],}: the flag and the wire name only where needed, and the
   * codec alone for an optional property named as on the wire where that fits on its line (a
   * tuple breaks as Prettier breaks it; the codec's nested calls would break otherwise); the codec
   * of personal data wrapped in {@code $.personal(...)}.
   */
  private String field(int indent, String name, Property property, boolean personal) {
    List<String> items = new ArrayList<>();
    String codec = codec(property.type());
    items.add(personal ? "$.personal(" + codec + ")" : codec);
    boolean renamed = !name.equals(property.name().wire());
    String key = TsSymbols.propertyKey(name);
    String bare = " ".repeat(indent) + key + ": " + items.get(0) + ",";
    if (!property.required() && !renamed && bare.length() <= Code.WIDTH) {
      return bare + "\n";
    }
    if (property.required() || renamed) {
      items.add(property.required() ? "1" : "0");
    }
    if (renamed) {
      items.add(TsText.string(property.name().wire()));
    }
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
    String name = declared(type);
    if (type.discriminator().isEmpty()) {
      List<String> variants = type.variants().stream().map(v -> codec(v.type())).distinct().toList();
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
        values.forEach(value -> variants.putIfAbsent(value, referenced(named.id())));
      }
    }
    return variants;
  }

  @Override
  public String alias(TypeDecl.AliasType type) {
    return lazy(declared(type), codec(type.target()), List.of(), "");
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
