package dev.switchboard.core.plugin;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.render.TemplateEngine;
import java.util.Objects;

/**
 * What a plugin gets to print the root of an SDK made of several specs: the bundle (each mount's
 * API and plan, the union of their credentials and options), its options, templates, the symbol
 * table of the root's own identifiers and a place for diagnostics. Each mount was printed before,
 * with its {@link Placement}.
 */
public record BundleContext(Bundle bundle, LanguageOptions options, TemplateEngine templates, SymbolTable symbols,
    Diagnostics diagnostics) {
  public BundleContext {
    Objects.requireNonNull(bundle, "bundle == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(templates, "templates == null");
    Objects.requireNonNull(symbols, "symbols == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
  }
}
