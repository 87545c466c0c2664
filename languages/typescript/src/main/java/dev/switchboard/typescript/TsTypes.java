package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.LINE;
import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.group;
import static dev.switchboard.typescript.Doc.indent;
import static dev.switchboard.typescript.Doc.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps IR type references to TypeScript types and to codec type expressions. {@code qualifier} is
 * the prefix model names need where they are used ({@code "Models."} in resources).
 */
final class TsTypes {
  private final Map<String, TypeDecl> types;
  private final TsSymbols symbols;
  /** int64 values are {@code bigint} rather than {@code number}. */
  private final boolean bigint;
  /** The type of a date-time: {@code Date}, or where a call gives one also the text it sends. */
  private final String dateTime;

  TsTypes(Map<String, TypeDecl> types, TsSymbols symbols, boolean bigint) {
    this(types, symbols, bigint, "Date");
  }

  private TsTypes(Map<String, TypeDecl> types, TsSymbols symbols, boolean bigint, String dateTime) {
    this.types = types;
    this.symbols = symbols;
    this.bigint = bigint;
    this.dateTime = dateTime;
  }

  /**
   * The types of a call's params: a date-time is a {@code Date} or, as before date-times were
   * {@code Date}s, the text to send.
   */
  TsTypes forParams() {
    return new TsTypes(types, symbols, bigint, "Date | string");
  }

  /** Whether int64 values are {@code bigint}. */
  boolean bigint() {
    return bigint;
  }

  /** The type on one line. */
  String flat(TypeRef ref, String qualifier) {
    List<String> members = members(ref, qualifier);
    return String.join(" | ", members);
  }

  /** The members of a union type, or the single type. */
  List<String> members(TypeRef ref, String qualifier) {
    if (ref instanceof TypeRef.Nullable nullable) {
      List<String> members = new ArrayList<>(members(nullable.inner(), qualifier));
      members.add("null");
      return members;
    }
    return List.of(single(ref, qualifier));
  }

  private String single(TypeRef ref, String qualifier) {
    if (ref instanceof TypeRef.PrimitiveRef primitive) {
      if (primitive.primitive().dateTimeFormat().isPresent()) {
        return dateTime;
      }
      return primitive.primitive() == Primitive.INT64 && bigint ? "bigint" : primitive(primitive.primitive());
    }
    if (ref instanceof TypeRef.Named named) {
      return qualifier + symbols.typeName(named.id());
    }
    if (ref instanceof TypeRef.ListOf list) {
      String items = flat(list.items(), qualifier);
      return (items.contains(" ") && !items.startsWith("{") ? "(" + items + ")" : items) + "[]";
    }
    if (ref instanceof TypeRef.MapOf map) {
      return "{ [key: string]: " + flat(map.values(), qualifier) + " }";
    }
    if (ref instanceof TypeRef.Literal literal) {
      return literal(literal.value());
    }
    return "unknown";
  }

  /** The type of a primitive other than a date-time, int64 as {@code number}. */
  static String primitive(Primitive primitive) {
    return switch (primitive) {
      case BOOLEAN -> "boolean";
      case INTEGER, INT32, INT64, NUMBER, FLOAT, DOUBLE -> "number";
      case BINARY -> "Uploadable";
      default -> "string";
    };
  }

  static String literal(JsonNode value) {
    if (value.isTextual()) {
      return TsText.string(value.asText());
    }
    return value.isNumber() || value.isBoolean() || value.isNull() ? value.toString() : "unknown";
  }

  /** What follows {@code name?:} in a property signature, laid out as Prettier does. */
  Doc annotation(TypeRef ref, String qualifier) {
    List<String> members = members(ref, qualifier);
    boolean map = ref.nonNull() instanceof TypeRef.MapOf;
    if (map && members.size() <= 2) {
      Doc object = mapDoc((TypeRef.MapOf) ref.nonNull(), qualifier);
      return concat(text(" "), object, text(members.size() == 2 ? " | null" : ""));
    }
    if (members.size() == 1) {
      return text(" " + members.get(0));
    }
    if (members.size() == 2 && members.get(1).equals("null") && members.get(0).matches("[A-Za-z_$][\\w$.]*")) {
      return text(" " + String.join(" | ", members));
    }
    if (members.size() == 2 && members.get(1).equals("null")) {
      return new Doc.NextLineIfFits(String.join(" | ", members));
    }
    return group(indent(LINE, union(members)));
  }

  private Doc mapDoc(TypeRef.MapOf map, String qualifier) {
    return group(
        text("{"),
        indent(LINE, INDEX_KEY, text(": " + flat(map.values(), qualifier)), Doc.ifBreak(";")),
        LINE,
        text("}"));
  }

  /** {@code [key: string]}, which Prettier breaks inside the brackets when the value type is long. */
  private static final Doc INDEX_KEY = group(text("["), indent(Doc.SOFTLINE, text("key: string")), Doc.SOFTLINE,
      text("]"));

  /** A union, one member a line with a leading {@code |} when it does not fit. */
  static Doc union(List<String> members) {
    if (members.size() == 1) {
      return text(members.get(0));
    }
    List<Doc> docs = members.stream().map(Doc::text).toList();
    return group(Doc.ifBreak("| "), Doc.join(concat(LINE, text("| ")), docs));
  }

  /**
   * The codec of a reference as a TypeScript expression: runtime codecs under {@code $}, the API's
   * own under {@code qualifier} ({@code "C."} in resources), e.g. {@code $.array(C.Call)}.
   */
  String codec(TypeRef ref, String qualifier) {
    return codec(ref, qualifier, symbols::typeName);
  }

  /** As {@link #codec(TypeRef, String)}, naming each API type's codec by {@code codecName} of its id. */
  String codec(TypeRef ref, String qualifier, Function<String, String> codecName) {
    if (ref instanceof TypeRef.Nullable nullable) {
      String inner = codec(nullable.inner(), qualifier, codecName);
      return inner.startsWith("$.nullable(") ? inner : "$.nullable(" + inner + ")";
    }
    if (ref instanceof TypeRef.PrimitiveRef primitive) {
      return primitiveCodec(primitive.primitive());
    }
    if (ref instanceof TypeRef.Named named) {
      return namedCodec(named.id(), qualifier, codecName);
    }
    if (ref instanceof TypeRef.ListOf list) {
      return "$.array(" + codec(list.items(), qualifier, codecName) + ")";
    }
    if (ref instanceof TypeRef.MapOf map) {
      return "$.record(" + codec(map.values(), qualifier, codecName) + ")";
    }
    return "$.same";
  }

  private String primitiveCodec(Primitive primitive) {
    return switch (primitive) {
      case BOOLEAN -> "$.boolean";
      case INTEGER, INT32, NUMBER, FLOAT, DOUBLE -> "$.number";
      case INT64 -> bigint ? "$.int64" : "$.integer";
      case BINARY -> "$.same";
      case DATE_TIME -> "$.dateTime";
      case DATE_TIME_RFC_2822 -> "$.dateTimeRfc2822";
      default -> "$.string";
    };
  }

  private String namedCodec(String id, String qualifier, Function<String, String> codecName) {
    TypeDecl decl = types.get(id);
    if (decl instanceof TypeDecl.EnumType enumType) {
      return enumType.base() == TypeDecl.EnumBase.INTEGER ? "$.number" : "$.string";
    }
    return qualifier + codecName.apply(id);
  }

  /** Whether a reference needs the {@code Uploadable} type. */
  static boolean usesUpload(TypeRef ref) {
    if (ref instanceof TypeRef.PrimitiveRef primitive) {
      return primitive.primitive() == Primitive.BINARY;
    }
    if (ref instanceof TypeRef.ListOf list) {
      return usesUpload(list.items());
    }
    if (ref instanceof TypeRef.MapOf map) {
      return usesUpload(map.values());
    }
    return ref instanceof TypeRef.Nullable nullable && usesUpload(nullable.inner());
  }
}
