package dev.switchboard.python;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports of one module, rendered in the order and shape ruff's isort rules expect: future,
 * standard library, third party, then relative; plain imports before {@code from} imports;
 * names ordered constants, classes, then functions.
 */
public final class Imports {
  private static final Set<String> STDLIB = Set.of(
      "__future__", "builtins", "collections", "collections.abc", "dataclasses", "datetime", "enum", "functools", "os",
      "types", "typing", "warnings");

  /** The modules every SDK has once, at its package root: {@code templates/python/runtime}, and {@code _version}. */
  static final Set<String> RUNTIME_MODULES = Set.of("_auth", "_core", "_encoding", "_errors", "_hosts", "_logging",
      "_models", "_pagination", "_params", "_response", "_retry", "_streaming", "_tls", "_types", "_version", "_webhooks");

  private final Set<String> plain = new TreeSet<>(Imports::compareNames);
  private final Map<String, Set<String>> from = new TreeMap<>(Imports::compareModules);
  private final int depth;

  /** The imports of a module of a package whose runtime sits beside it. */
  public Imports() {
    this(0);
  }

  /**
   * The imports of a module of a package placed {@code depth} levels below the package root (one
   * spec of several in one SDK: {@code accounts/v1} is 2): its runtime modules are imported from the root.
   */
  public Imports(int depth) {
    this.depth = depth;
  }

  /** {@code import module} or {@code import module as alias}. */
  public Imports module(String statement) {
    plain.add(statement);
    return this;
  }

  /** {@code from module import name}. */
  public Imports name(String module, String name) {
    from.computeIfAbsent(rooted(module), m -> new TreeSet<>(Imports::compareMembers)).add(name);
    return this;
  }

  /** {@code module}, reaching {@link #depth} levels further up when it is a runtime module. */
  private String rooted(String module) {
    int dots = dots(module);
    return dots > 0 && RUNTIME_MODULES.contains(module.substring(dots)) ? ".".repeat(depth) + module : module;
  }

  public boolean isEmpty() {
    return plain.isEmpty() && from.isEmpty();
  }

  /** The import block, sections separated by one blank line, without a trailing newline. */
  public String render() {
    return render(0);
  }

  /** The import block for a body indented by {@code indent} (every line but the first indented). */
  public String render(int indent) {
    List<String> sections = new ArrayList<>();
    for (Section section : Section.values()) {
      List<String> lines = new ArrayList<>();
      plain.stream().filter(p -> Section.of(p.split(" ")[0]) == section).forEach(p -> lines.add("import " + p));
      from.forEach((module, names) -> {
        if (Section.of(module) == section) {
          lines.add(fromImport(indent, module, List.copyOf(names)));
        }
      });
      if (!lines.isEmpty()) {
        sections.add(String.join("\n", lines));
      }
    }
    return PyCode.indentRest(String.join("\n\n", sections), indent);
  }

  /** {@code from module import names}, one name a line when too long at {@code indent} (ruff's layout). */
  static String fromImport(int indent, String module, List<String> names) {
    String line = "from " + module + " import " + String.join(", ", names);
    return indent + PyCode.width(line) <= PyCode.LINE_LENGTH
        ? line : PyCode.explode(0, "from " + module + " import (", names, ")");
  }

  private enum Section {
    FUTURE, STANDARD, THIRD_PARTY, LOCAL;

    static Section of(String module) {
      if (module.equals("__future__")) {
        return FUTURE;
      }
      if (module.startsWith(".")) {
        return LOCAL;
      }
      return STDLIB.contains(module) || STDLIB.contains(module.split("\\.")[0]) ? STANDARD : THIRD_PARTY;
    }
  }

  /** Relative modules further away first, then by name. */
  static int compareModules(String a, String b) {
    int levels = Integer.compare(dots(b), dots(a));
    return levels != 0 ? levels : compareNames(a.substring(dots(a)), b.substring(dots(b)));
  }

  private static int dots(String module) {
    int count = 0;
    while (count < module.length() && module.charAt(count) == '.') {
      count++;
    }
    return count;
  }

  /** Constants, then classes, then everything else; each in natural, case-insensitive order. */
  static int compareMembers(String a, String b) {
    int kinds = Integer.compare(kind(a), kind(b));
    return kinds != 0 ? kinds : compareNames(a, b);
  }

  private static int kind(String name) {
    boolean constant = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT))
        && !name.equals(name.toLowerCase(Locale.ROOT));
    if (constant) {
      return 0;
    }
    return Character.isUpperCase(name.charAt(0)) ? 1 : 2;
  }

  static int compareNames(String a, String b) {
    int natural = Natural.COMPARATOR.compare(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    return natural != 0 ? natural : a.compareTo(b);
  }

  /**
   * Compares as ruff's natural order does: runs of digits by value, except that a run starting
   * with {@code 0} on either side is compared digit by digit (as a fraction); everything else by
   * character.
   */
  static final class Natural {
    static final Comparator<String> COMPARATOR = Natural::compare;

    private Natural() {}

    static int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char x = a.charAt(i);
        char y = b.charAt(j);
        if (Character.isDigit(x) && Character.isDigit(y)) {
          int endI = digitsEnd(a, i);
          int endJ = digitsEnd(b, j);
          String left = a.substring(i, endI);
          String right = b.substring(j, endJ);
          int order = x == '0' || y == '0' ? fraction(left, right)
              : new java.math.BigInteger(left).compareTo(new java.math.BigInteger(right));
          if (order != 0) {
            return order;
          }
          i = endI;
          j = endJ;
        } else if (x != y) {
          return Character.compare(x, y);
        } else {
          i++;
          j++;
        }
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Digit by digit; a run that ends first is smaller. */
    private static int fraction(String left, String right) {
      for (int k = 0; k < Math.min(left.length(), right.length()); k++) {
        if (left.charAt(k) != right.charAt(k)) {
          return Character.compare(left.charAt(k), right.charAt(k));
        }
      }
      return Integer.compare(left.length(), right.length());
    }

    private static int digitsEnd(String text, int start) {
      int end = start;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
      return end;
    }
  }
}
