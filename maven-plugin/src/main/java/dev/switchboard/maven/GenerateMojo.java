package dev.switchboard.maven;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.output.WriteReport;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.SpecSet;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Generation.LanguageReport;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates SDKs from an OpenAPI spec into {@code outputDirectory/<language>}. Generated Java is
 * added to the project's compile sources. Nothing is done when the spec and config have not changed
 * since the last run; {@code check} writes nothing and fails when the output is out of date.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
  /**
   * The OpenAPI 2.0, 3.0 or 3.1 file; or a folder of specs (its switchboard.yaml's {@code specs:}) or a
   * file name pattern, whose specs make one SDK.
   */
  @Parameter(property = "switchboard.spec", required = true)
  private File spec;

  /** Languages to generate, such as {@code java}. */
  @Parameter(property = "switchboard.languages", defaultValue = "java")
  private List<String> languages;

  /** Where {@code <language>/} folders go. */
  @Parameter(property = "switchboard.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/switchboard")
  private File outputDirectory;

  /** switchboard.yaml; by default the one next to the spec, if any. */
  @Parameter(property = "switchboard.configFile")
  private File configFile;

  /** Follow {@code $ref}s to URLs (any scheme); off by default, as a spec is untrusted input. */
  @Parameter(property = "switchboard.allowRemoteRefs", defaultValue = "false")
  private boolean allowRemoteRefs;

  /** Folders besides the spec's own whose files {@code $ref}s may read. */
  @Parameter(property = "switchboard.allowRefRoots")
  private List<File> allowRefRoots = new ArrayList<>();

  @Parameter(property = "switchboard.skip", defaultValue = "false")
  private boolean skip;

  /** Writes nothing; fails the build when files in the output directory are out of date. */
  @Parameter(property = "switchboard.check", defaultValue = "false")
  private boolean check;

  /**
   * Release from this previous version of the spec: each language's configured version becomes the
   * next one by semantic versioning, and its CHANGELOG.md gets an entry (docs/releases.md).
   */
  @Parameter(property = "switchboard.releaseFrom")
  private File releaseFrom;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Switchboard: skipped");
      return;
    }
    Plugins installed = Plugins.load(GenerateMojo.class.getClassLoader());
    List<LanguagePlugin> plugins = select(installed);
    Path config = configFile != null ? configFile.toPath() : Director.discoverConfig(spec.toPath()).orElse(null);
    List<Class<?>> generators = new ArrayList<>(List.of(GenerateMojo.class, Director.class));
    plugins.forEach(plugin -> generators.add(plugin.getClass()));
    Stamp stamp = Stamp.of(inputs(config), languages, generators);
    Path stampFile = outputDirectory.toPath().resolve(Stamp.FILE);
    if (check) {
      check(generate(job(config, plugins, installed)));
    } else if (releaseFrom == null && stamp.matches(stampFile)) {
      getLog().info("Switchboard: " + spec + " and its config are unchanged since the last run; generation skipped");
    } else {
      write(generate(job(config, plugins, installed)));
      stamp.write(stampFile);
    }
    addSourceRoots(plugins);
  }

  /** The spec files (one, or a folder's or a pattern's), then the config and its overlays. */
  private List<Path> inputs(Path config) throws MojoExecutionException {
    try {
      SwitchboardConfig read = Director.config(spec.toPath(), Optional.ofNullable(config));
      List<Path> inputs = new ArrayList<>(SpecSet.resolve(spec.toPath(), List.of(), read));
      read.file().ifPresent(inputs::add);
      inputs.addAll(read.overlays().files());
      return inputs;
    } catch (ConfigException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private List<LanguagePlugin> select(Plugins installed) throws MojoExecutionException {
    try {
      return installed.select(languages);
    } catch (ConfigException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Job job(Path config, List<LanguagePlugin> plugins, Plugins installed) {
    RefPolicy refs = new RefPolicy(allowRemoteRefs, allowRefRoots.stream().map(File::toPath).toList());
    Job job = Job.of(spec.toPath(), Optional.ofNullable(config), plugins, installed).withRefs(refs);
    return releaseFrom == null ? job : job.asReleaseFrom(releaseFrom.toPath()).withPreviousOutput(outputDirectory.toPath());
  }

  private Generation generate(Job job) throws MojoExecutionException {
    try {
      Generation generation = Director.run(job);
      generation.diagnostics().sorted().forEach(d -> getLog().warn(d.format()));
      generation.releases().values().forEach(r -> getLog().info(String.format("Switchboard: %s: release %s -> %s",
          r.language(), r.previous(), r.next())));
      return generation;
    } catch (SpecException e) {
      e.diagnostics().sorted().stream().map(Diagnostic::format).forEach(getLog()::error);
      throw new MojoExecutionException(spec + " has errors");
    } catch (ConfigException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private void write(Generation generation) throws MojoExecutionException {
    try {
      for (LanguageReport language : generation.write(outputDirectory.toPath())) {
        WriteReport report = language.report();
        getLog().info(String.format("Switchboard: %s: %d created, %d updated, %d deleted, %d unchanged in %s", language.language(),
            report.created().size(), report.updated().size(), report.deleted().size(), report.unchanged(), language.dir()));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  private void check(Generation generation) throws MojoExecutionException, MojoFailureException {
    List<String> stale = new ArrayList<>();
    try {
      for (LanguageReport language : generation.check(outputDirectory.toPath())) {
        Path dir = language.dir();
        language.report().created().forEach(p -> stale.add("missing " + dir.resolve(p)));
        language.report().updated().forEach(p -> stale.add("out of date " + dir.resolve(p)));
        language.report().deleted().forEach(p -> stale.add("no longer generated " + dir.resolve(p)));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + outputDirectory + ": " + e.getMessage(), e);
    }
    if (!stale.isEmpty()) {
      stale.forEach(getLog()::error);
      throw new MojoFailureException("generated SDKs are out of date (" + stale.size() + " files); run switchboard:generate");
    }
    getLog().info("Switchboard: generated SDKs are up to date");
  }

  /** Adds each language's compile source root, as its plugin declares it, to the project. */
  private void addSourceRoots(List<LanguagePlugin> plugins) {
    if (project == null) {
      return;
    }
    for (LanguagePlugin plugin : plugins) {
      plugin.sourceRoot().ifPresent(root ->
          project.addCompileSourceRoot(outputDirectory.toPath().resolve(plugin.id()).resolve(root).toString()));
    }
  }
}
