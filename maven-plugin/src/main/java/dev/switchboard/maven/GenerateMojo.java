package dev.switchboard.maven;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.output.OutputWriter;
import dev.switchboard.core.output.WriteReport;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** The OpenAPI 2.0, 3.0 or 3.1 file. */
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

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Switchboard: skipped");
      return;
    }
    Path config = configPath();
    List<Class<?>> generators = new ArrayList<>(List.of(GenerateMojo.class, Switchboard.class));
    plugins().forEach(plugin -> generators.add(plugin.getClass()));
    Stamp stamp = Stamp.of(spec.toPath(), config, languages, generators);
    Path stampFile = outputDirectory.toPath().resolve(Stamp.FILE);
    if (check) {
      check(generate(config));
    } else if (stamp.matches(stampFile)) {
      getLog().info("Switchboard: " + spec + " and its config are unchanged since the last run; generation skipped");
    } else {
      write(generate(config));
      stamp.write(stampFile);
    }
    addSourceRoots();
  }

  private Path configPath() {
    if (configFile != null) {
      return configFile.toPath();
    }
    Path beside = spec.toPath().toAbsolutePath().getParent().resolve("switchboard.yaml");
    return Files.isRegularFile(beside) ? beside : null;
  }

  private Map<String, FileSet> generate(Path configPath) throws MojoExecutionException {
    try {
      SwitchboardConfig config = configPath == null ? SwitchboardConfig.EMPTY : SwitchboardConfig.read(configPath);
      Diagnostics diagnostics = new Diagnostics(spec.toString());
      RefPolicy refs = new RefPolicy(allowRemoteRefs, allowRefRoots.stream().map(File::toPath).toList());
      Api api = Switchboard.load(spec.toPath(), config, refs, diagnostics);
      Map<String, FileSet> generated = new LinkedHashMap<>();
      for (LanguagePlugin plugin : plugins()) {
        generated.put(plugin.id(), Switchboard.generate(api, plugin, config, Optional.empty(), diagnostics));
      }
      diagnostics.sorted().forEach(d -> getLog().warn(d.format()));
      return generated;
    } catch (SpecException e) {
      e.diagnostics().sorted().stream().map(Diagnostic::format).forEach(getLog()::error);
      throw new MojoExecutionException(spec + " has errors");
    } catch (ConfigException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private List<LanguagePlugin> plugins() throws MojoExecutionException {
    Plugins available = Plugins.load(GenerateMojo.class.getClassLoader());
    List<LanguagePlugin> chosen = new ArrayList<>();
    for (String id : languages) {
      chosen.add(available.find(id.trim()).orElseThrow(() -> new MojoExecutionException(
          "unknown language '" + id + "' (available: " + available.all().stream().map(LanguagePlugin::id).toList() + ")")));
    }
    return chosen;
  }

  private void write(Map<String, FileSet> generated) throws MojoExecutionException {
    Path output = outputDirectory.toPath();
    try {
      new OutputWriter(output).writeAll(generated).forEach((id, report) -> getLog().info(String.format(
          "Switchboard: %s: %d created, %d updated, %d deleted, %d unchanged in %s", id,
          report.created().size(), report.updated().size(), report.deleted().size(), report.unchanged(), output.resolve(id))));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }

  private void check(Map<String, FileSet> generated) throws MojoExecutionException, MojoFailureException {
    List<String> stale = new ArrayList<>();
    Path output = outputDirectory.toPath();
    try {
      for (Map.Entry<String, WriteReport> entry : new OutputWriter(output).checkAll(generated).entrySet()) {
        Path dir = output.resolve(entry.getKey());
        WriteReport report = entry.getValue();
        report.created().forEach(p -> stale.add("missing " + dir.resolve(p)));
        report.updated().forEach(p -> stale.add("out of date " + dir.resolve(p)));
        report.deleted().forEach(p -> stale.add("no longer generated " + dir.resolve(p)));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + output + ": " + e.getMessage(), e);
    }
    if (!stale.isEmpty()) {
      stale.forEach(getLog()::error);
      throw new MojoFailureException("generated SDKs are out of date (" + stale.size() + " files); run switchboard:generate");
    }
    getLog().info("Switchboard: generated SDKs are up to date");
  }

  private void addSourceRoots() {
    if (project != null && languages.stream().anyMatch(l -> l.trim().equals("java"))) {
      Path sources = outputDirectory.toPath().resolve("java/src/main/java");
      project.addCompileSourceRoot(sources.toString());
    }
  }
}
