package dev.switchboard.typescript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values the operations of one resource file repeat (the same errors or security on
 * most operations), written once as a file constant that each operation names: a minifier shortens
 * the name, not the value. A value used once stays inline. Lines are laid out as Prettier would.
 */
final class SharedValues {
  /** Encloses a placeholder line's {@code N KEY INDENT} until every use is counted. */
  private static final char MARK = '\0';

  /**
   * A string literal, or an object literal of {@code KEY: VALUE} entries; {@code constant} where a
   * constant of it needs {@code as const} (its arrays are tuples, which an inferred type is not).
   */
  record Value(String string, List<String> entries, boolean constant) {
    static Value string(String literal) {
      return new Value(literal, null, false);
    }

    static Value object(List<String> entries) {
      return new Value(null, List.copyOf(entries), false);
    }

    static Value constObject(List<String> entries) {
      return new Value(null, List.copyOf(entries), true);
    }

    /** The value after PREFIX (its indent the prefix's leading spaces) and before SUFFIX. */
    String layout(String prefix, String suffix) {
      String pad = " ".repeat(prefix.length() - prefix.stripLeading().length());
      if (string != null) {
        String line = prefix + string + suffix;
        return line.length() <= Code.WIDTH ? line : prefix.stripTrailing() + "\n" + pad + "  " + string + suffix;
      }
      String line = prefix + "{ " + String.join(", ", entries) + " }" + suffix;
      if (line.length() <= Code.WIDTH) {
        return line;
      }
      StringBuilder out = new StringBuilder(prefix).append("{\n");
      entries.forEach(entry -> out.append(pad).append("  ").append(entry).append(",\n"));
      return out.append(pad).append('}').append(suffix).toString();
    }
  }

  private static final class Entry {
    final String kind;
    final Value value;
    int uses;
    String name;

    Entry(String kind, Value value) {
      this.kind = kind;
      this.value = value;
    }
  }

  private final Map<String, Entry> byValue = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private boolean named;

  /**
   * The line {@code KEY: VALUE,} at INDENT as a placeholder, resolved by {@link #resolve} to the
   * shared constant's name or to the value. KIND names the constant ({@code errors1}).
   */
  String property(int indent, String key, String kind, Value value) {
    Entry entry = byValue.computeIfAbsent(kind + MARK + value, k -> {
      Entry created = new Entry(kind, value);
      entries.add(created);
      return created;
    });
    entry.uses++;
    return "" + MARK + entries.indexOf(entry) + " " + key + " " + indent + MARK + "\n";
  }

  /** The {@code const} declarations of the values used more than once, in order of first use. */
  List<String> declarations() {
    name();
    List<String> out = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.name != null) {
        out.add(entry.value.layout("const " + entry.name + " = ", entry.value.constant() ? " as const;" : ";") + "\n");
      }
    }
    return out;
  }

  /** CODE with each placeholder line written with its constant's name, or with the value if used once. */
  String resolve(String code) {
    name();
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int start = code.indexOf(MARK, at);
      if (start < 0) {
        return out.append(code, at, code.length()).toString();
      }
      int end = code.indexOf(MARK, start + 1);
      String[] use = code.substring(start + 1, end).split(" ");
      Entry entry = entries.get(Integer.parseInt(use[0]));
      String prefix = " ".repeat(Integer.parseInt(use[2])) + use[1] + ": ";
      out.append(code, at, start);
      out.append(entry.name != null ? Code.property(prefix.length() - use[1].length() - 2, use[1], entry.name)
          : entry.value.layout(prefix, ",") + "\n");
      at = end + 2; // the placeholder and its line's end
    }
  }

  /** Names each value used more than once: {@code errors1}, {@code errors2}, {@code security1}... */
  private void name() {
    if (named) {
      return;
    }
    named = true;
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (entry.uses > 1) {
        entry.name = entry.kind + counts.merge(entry.kind, 1, Integer::sum);
      }
    }
  }
}
