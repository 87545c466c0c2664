package dev.switchboard.core;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.lower.Lowerer;
import dev.switchboard.core.lower.LoweringOptions;
import dev.switchboard.core.diff.Surface;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plan.TreeVerbs;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Placement;
import dev.switchboard.core.plugin.RenameWarnings;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.render.TemplateEngine;
import dev.switchboard.core.spec.Overlay;
import dev.switchboard.core.spec.RefPolicy;
import dev.switchboard.core.spec.SpecLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** The pipeline: load, lower, then one plugin per language. Writing is the caller's step. */
public final class Switchboard {
  private Switchboard() {}

  /** Loads and lowers a spec; throws {@link SpecException} when it has errors. */
  public static Api load(Path spec, SwitchboardConfig config, Diagnostics diagnostics) {
    return load(spec, config, RefPolicy.CONFINED, diagnostics);
  }

  /** Loads and lowers a spec, following only the references {@code refs} allows. */
  public static Api load(Path spec, SwitchboardConfig config, RefPolicy refs, Diagnostics diagnostics) {
    var overlays = config.overlays().files().stream().map(Overlay::read).toList();
    Api api = new Lowerer(diagnostics, LoweringOptions.of(config)).lower(new SpecLoader(refs).load(spec, overlays, diagnostics));
    if (diagnostics.hasErrors()) {
      throw new SpecException(diagnostics);
    }
    return api;
  }

  /**
   * Runs one plugin on a plan and a README made once for every language of a generation; the plan's
   * tree carries the language's own verbs ({@link TreeVerbs}).
   */
  public static FileSet generate(Api api, Plan plan, Readme readme, LanguagePlugin plugin, LanguageOptions options,
      Optional<Path> templates, Diagnostics diagnostics) {
    TemplateEngine engine = new TemplateEngine(plugin.id(), templates, plugin.getClass().getClassLoader());
    SymbolTable symbols = new SymbolTable(plugin.symbolProvider());
    FileSet files = plugin.generate(new GenerationContext(api, TreeVerbs.of(options).apply(plan), readme, options, engine,
        symbols, diagnostics));
    RenameWarnings.report(plugin.id(), symbols.renames(), diagnostics);
    return files.add(Surface.FILE, Surface.of(symbols).text());
  }

  /**
   * Runs one plugin on an SDK made of several specs: each mount at its placement, with its own
   * symbol table and diagnostics (named after its spec), then the root. The surface records each
   * mount's identifiers under its path.
   */
  public static FileSet generate(Bundle given, LanguagePlugin plugin, LanguageOptions options, Optional<Path> templates,
      Function<Mount, Diagnostics> diagnostics, Diagnostics rootDiagnostics) {
    Bundle bundle = given.withPlans(TreeVerbs.of(options)::apply);
    TemplateEngine engine = new TemplateEngine(plugin.id(), templates, plugin.getClass().getClassLoader());
    FileSet files = new FileSet();
    Surface surface = new Surface(new java.util.TreeMap<>());
    for (Mount mount : bundle.mounts()) {
      SymbolTable symbols = new SymbolTable(plugin.symbolProvider());
      Diagnostics found = diagnostics.apply(mount);
      files.addAll("", plugin.generate(new GenerationContext(mount.api(), mount.plan(), mount.readme(), options, engine,
          symbols, found, Optional.of(new Placement(mount.path())))));
      RenameWarnings.report(plugin.id(), symbols.renames(), found);
      surface = surface.plus(Surface.of(symbols).under(mount.key()));
    }
    files.addAll("", plugin.generateRoot(new BundleContext(bundle, options, engine,
        new SymbolTable(plugin.symbolProvider()), rootDiagnostics)));
    return files.add(Surface.FILE, surface.text());
  }
}
