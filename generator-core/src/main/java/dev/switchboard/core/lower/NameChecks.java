package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Words;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/** Warns about names that could not be used as they are for files or identifiers. */
final class NameChecks {
  private NameChecks() {}

  static void schemaNames(Map<String, Schema> schemas, Diagnostics diagnostics) {
    if (schemas != null) {
      schemas.keySet().forEach(name -> check("schema", name, SchemaLowerer.pointerOf(name), diagnostics));
    }
  }

  static void check(String kind, String name, String pointer, Diagnostics diagnostics) {
    checkLength(kind, name, pointer, diagnostics);
    if (name.contains("/") || name.contains("..") || name.chars().anyMatch(Character::isISOControl)) {
      diagnostics.warning("unsafe-name", pointer,
          kind + " name '" + printable(name) + "' contains '/', '..' or control characters; they are dropped from generated names and paths",
          "rename the " + kind);
    }
  }

  /** Warns when a name is shortened (see {@link Name#MAX_LETTERS}); the wire name is kept as it is. */
  static void checkLength(String kind, String name, String pointer, Diagnostics diagnostics) {
    List<String> words = Words.split(name);
    if (!words.isEmpty() && Name.isTooLong(words)) {
      diagnostics.warning("long-name", pointer,
          kind + " name '" + printable(preview(name)) + "' is longer than " + Name.MAX_LETTERS
              + " letters; generated identifiers and files use '" + String.join(" ", Name.of(name).words()) + "' (its first words and a hash)",
          "shorten the " + kind + " name");
    }
  }

  /** The first 40 code points, with an ellipsis when more follow (a short name may spell many letters). */
  private static String preview(String name) {
    int count = name.codePointCount(0, name.length());
    return count <= 40 ? name : name.substring(0, name.offsetByCodePoints(0, 40)) + "…";
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
