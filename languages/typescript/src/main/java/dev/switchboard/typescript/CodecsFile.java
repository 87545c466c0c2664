package dev.switchboard.typescript;

import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The entries of {@code src/codecs.ts}: one codec source per object, union and alias type. */
final class CodecsFile implements TypeDecl.Visitor<String> {
  private final SdkModel model;

  CodecsFile(SdkModel model) {
    this.model = model;
  }

  /** The object literal of every codec source: {@code {}} when there is none. */
  String table() {
    String entries = model.api.types().stream().map(type -> type.accept(this)).filter(Objects::nonNull)
        .collect(Collectors.joining());
    return entries.isEmpty() ? "{}" : "{\n" + entries + "}";
  }

  @Override
  public String object(TypeDecl.ObjectType type) {
    String name = model.symbols.typeName(type.id());
    if (type.properties().isEmpty() && type.additionalProperties().isEmpty()) {
      return "  " + name + ": {},\n";
    }
    String opening = Code.objectEntry(2, name);
    int indent = Code.objectIndent(2, opening);
    StringBuilder out = new StringBuilder(opening);
    for (Property property : type.properties()) {
      String key = TsSymbols.propertyKey(model.property(type.id(), property));
      String spec = model.types.codec(property.type()) + (property.required() ? "!" : "") + " "
          + property.name().wire();
      out.append(Code.property(indent, key, TsText.string(spec)));
    }
    type.additionalProperties().ifPresent(extra ->
        out.append(Code.property(indent, "$extra", TsText.string(model.types.codec(extra)))));
    return out.append(" ".repeat(indent - 2)).append("},\n").toString();
  }

  @Override
  public String enumeration(TypeDecl.EnumType type) {
    return null;
  }

  @Override
  public String union(TypeDecl.UnionType type) {
    String name = model.symbols.typeName(type.id());
    String opening = Code.objectEntry(2, name);
    int indent = Code.objectIndent(2, opening);
    StringBuilder out = new StringBuilder(opening);
    if (type.discriminator().isPresent()) {
      String tag = model.discriminatorName(type) + " " + type.discriminator().get().property().wire();
      out.append(Code.property(indent, "$tagged", TsText.string(tag)));
      taggedVariants(type).forEach((variant, values) -> out.append(variantEntry(indent, variant, values)));
    } else {
      List<String> variants = type.variants().stream().map(v -> model.types.codec(v.type())).distinct().toList();
      out.append(Code.property(indent, "$untagged", TsText.string(String.join(" ", variants))));
    }
    return out.append(" ".repeat(indent - 2)).append("},\n").toString();
  }

  /** {@code Variant: ['value', ...],} laid out as Prettier does. */
  private static String variantEntry(int indent, String variant, Set<String> values) {
    List<Doc> items = values.stream().map(value -> Doc.text(TsText.string(value))).toList();
    return Code.print(Doc.concat(Doc.text(variant + ": "), Doc.list("[", items, "]", false), Doc.text(",")), indent)
        + "\n";
  }

  /** The discriminator values of each named variant; variants of the same type share an entry. */
  private Map<String, Set<String>> taggedVariants(TypeDecl.UnionType type) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (TypeDecl.Variant variant : type.variants()) {
      if (variant.type() instanceof TypeRef.Named named && !variant.discriminatorValues().isEmpty()) {
        values.computeIfAbsent(model.symbols.typeName(named.id()), key -> new LinkedHashSet<>())
            .addAll(variant.discriminatorValues());
      }
    }
    return values;
  }

  @Override
  public String alias(TypeDecl.AliasType type) {
    return Code.property(2, model.symbols.typeName(type.id()), TsText.string(model.types.codec(type.target())));
  }
}
