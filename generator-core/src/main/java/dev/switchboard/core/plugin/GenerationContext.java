package dev.switchboard.core.plugin;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.render.TemplateEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a plugin gets: the IR, the SDK plan decided from it (method names, inputs, results),
 * the README every language prints (outline, prose and example calls),
 * its options, its templates, the symbol table its identifiers are allocated in (with the plugin's
 * reserved words; renames are warned about from it), a place for diagnostics and, when the spec is
 * one of several in an SDK, where its code goes ({@link Placement}).
 */
public record GenerationContext(
    Api api, Plan plan, Readme readme, LanguageOptions options, TemplateEngine templates, SymbolTable symbols,
    Diagnostics diagnostics, Optional<Placement> placement) {
  /** The context of an SDK made of this one spec. */
  public GenerationContext(Api api, Plan plan, Readme readme, LanguageOptions options, TemplateEngine templates,
      SymbolTable symbols, Diagnostics diagnostics) {
    this(api, plan, readme, options, templates, symbols, diagnostics, Optional.empty());
  }

  public GenerationContext {
    Objects.requireNonNull(placement, "placement == null");
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(readme, "readme == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(templates, "templates == null");
    Objects.requireNonNull(symbols, "symbols == null");
    Objects.requireNonNull(diagnostics, "diagnostics == null");
  }
}
