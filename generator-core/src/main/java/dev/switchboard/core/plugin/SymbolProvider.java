package dev.switchboard.core.plugin;

import dev.switchboard.core.ir.Name;
import java.util.Set;

/**
 * A language's half of naming: which identifiers each kind of name may not take (keywords,
 * built-in types, names the runtime exports) and how that language spells the way around them.
 * Core's {@link SymbolTable} does the allocating and records every rename.
 */
public interface SymbolProvider {
  /** A language that reserves nothing. */
  SymbolProvider NONE = kind -> Set.of();

  /** The identifiers a name of {@code kind} may not be spelled as. */
  Set<String> reserved(NameKind kind);

  /**
   * The language's natural spelling of a spec name of {@code kind}, before any reserved word is
   * escaped or any clash numbered ({@code class} for a Python property named "class",
   * {@code CreateMessage} for a type). The plugin claims these spellings in its symbol table; a
   * language that does not say keeps the spec's own (wire) spelling.
   */
  default String spell(NameKind kind, Name name) {
    return name.wire();
  }

  /** Whether {@code identifier} is reserved for {@code kind}: in {@link #reserved} unless a rule says more. */
  default boolean isReserved(NameKind kind, String identifier) {
    return reserved(kind).contains(identifier);
  }

  /** The identifier used instead of a reserved one; {@code class} becomes {@code class_} by default. */
  default String escape(NameKind kind, String identifier) {
    return identifier + "_";
  }

  /**
   * Whether identifiers that differ only in case clash (class names do on case-insensitive file
   * systems, where each is a file).
   */
  default boolean ignoresCase() {
    return false;
  }

  /** The {@code n}th candidate when {@code identifier} is taken (n from 2). */
  default String numbered(NameKind kind, String identifier, int n) {
    return identifier + n;
  }
}
