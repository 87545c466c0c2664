package dev.switchboard.core.plugin;

import java.util.Objects;

/**
 * An identifier a plugin could not spell as wanted: the spec name {@code source} (of {@code kind},
 * at JSON pointer {@code pointer}) wanted {@code wanted} and got {@code given}, because the wanted
 * identifier is {@code RESERVED} in the language or {@code TAKEN} in its scope. Warnings about
 * renames are printed from these records only.
 */
public record SymbolRename(NameKind kind, String source, String pointer, String wanted, String given, Reason reason) {
  public SymbolRename {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(wanted, "wanted == null");
    Objects.requireNonNull(given, "given == null");
    Objects.requireNonNull(reason, "reason == null");
  }

  /** Why a name was changed. */
  public enum Reason {
    RESERVED,
    TAKEN
  }
}
