package dev.switchboard.core.pipeline;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.output.OutputWriter;
import dev.switchboard.core.output.WriteReport;
import dev.switchboard.core.output.KeptFile;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.TreeVerbs;
import dev.switchboard.core.release.Changelog;
import dev.switchboard.core.release.LanguageRelease;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Job} produced, in memory: the IR, the SDK plan, the diagnostics (warnings only: a generation
 * with errors is never returned) and one file set per language, in the job's plugin order. Each
 * language goes in {@code OUTPUT/<language id>}. A release also holds each language's next version
 * and changelog entry; every generation keeps the changelog already in the output folder.
 */
public final class Generation {
  private final Api api;
  private final Plan plan;
  private final Diagnostics diagnostics;
  private final Map<String, FileSet> sdks;
  private final Map<String, LanguageRelease> releases;
  private final Optional<Bundle> bundle;
  private final Map<String, TreeVerbs> verbs;

  Generation(Api api, Plan plan, Diagnostics diagnostics, Map<String, FileSet> sdks, Map<String, LanguageRelease> releases,
      Map<String, TreeVerbs> verbs) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.plan = Objects.requireNonNull(plan, "plan == null");
    this.bundle = Optional.empty();
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics == null");
    this.sdks = new LinkedHashMap<>(sdks);
    this.releases = new LinkedHashMap<>(releases);
    this.verbs = Map.copyOf(verbs);
  }

  /** A generation of an SDK made of several specs: each mount has its own API and plan. */
  Generation(Bundle bundle, Diagnostics diagnostics, Map<String, FileSet> sdks, Map<String, TreeVerbs> verbs) {
    this.bundle = Optional.of(bundle);
    this.api = null;
    this.plan = null;
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics == null");
    this.sdks = new LinkedHashMap<>(sdks);
    this.releases = new LinkedHashMap<>();
    this.verbs = Map.copyOf(verbs);
  }

  /** The specs and their mounts, when the job read several specs into one SDK. */
  public Optional<Bundle> bundle() {
    return bundle;
  }

  /** Each language's release, by language id, when the job is a release; else empty. */
  public Map<String, LanguageRelease> releases() {
    return Collections.unmodifiableMap(releases);
  }

  /** The IR of the one spec read; a generation of several specs has one per mount ({@link #bundle()}). */
  public Api api() {
    if (api == null) {
      throw new IllegalStateException("several specs have one API each: see bundle()");
    }
    return api;
  }

  /** The plan every language of this generation printed; one per mount for several specs ({@link #bundle()}). */
  public Plan plan() {
    if (plan == null) {
      throw new IllegalStateException("several specs have one plan each: see bundle()");
    }
    return plan;
  }

  /** The plan as {@code language} prints it: its tree in that language's verbs. */
  public Plan plan(String language) {
    return verbs(language).apply(plan());
  }

  /** The bundle as {@code language} prints it: each mount's tree in that language's verbs. */
  public Optional<Bundle> bundle(String language) {
    return bundle.map(b -> b.withPlans(verbs(language)::apply));
  }

  private TreeVerbs verbs(String language) {
    TreeVerbs found = verbs.get(language);
    if (found == null) {
      throw new IllegalArgumentException("not a language of this generation: " + language);
    }
    return found;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** The files of each language by language id, in the job's order. */
  public Map<String, FileSet> sdks() {
    return Collections.unmodifiableMap(sdks);
  }

  /**
   * Writes every language into {@code output/<language>} as one transaction: all or nothing
   * ({@link OutputWriter#writeAll}); files that did not change are not touched.
   */
  public List<LanguageReport> write(Path output) throws IOException {
    return reports(output, new OutputWriter(output).writeAll(withChangelogs(output)));
  }

  /** Compares each language with {@code output/<language>} without writing anything. */
  public List<LanguageReport> check(Path output) throws IOException {
    return reports(output, new OutputWriter(output).checkAll(withChangelogs(output)));
  }

  /** The file sets plus each language's changelog: the one in the folder, with this release's entry first. */
  private Map<String, FileSet> withChangelogs(Path output) throws IOException {
    Map<String, FileSet> all = new LinkedHashMap<>();
    for (Map.Entry<String, FileSet> sdk : sdks.entrySet()) {
      Optional<Changelog.Entry> entry = Optional.ofNullable(releases.get(sdk.getKey())).filter(LanguageRelease::changed)
          .map(r -> new Changelog.Entry(r.next(), Changelog.entry(r, api.info().version())));
      Optional<String> changelog = Changelog.merge(KeptFile.read(output, sdk.getKey(), Changelog.FILE), entry);
      all.put(sdk.getKey(), changelog.isEmpty() ? sdk.getValue()
          : new FileSet().addAll("", sdk.getValue()).add(Changelog.FILE, changelog.get()));
    }
    return all;
  }

  private static List<LanguageReport> reports(Path output, Map<String, WriteReport> byLanguage) {
    List<LanguageReport> reports = new ArrayList<>();
    byLanguage.forEach((language, report) -> reports.add(new LanguageReport(language, output.resolve(language), report)));
    return reports;
  }

  /** What writing (or checking) one language's folder changed or would change. */
  public record LanguageReport(String language, Path dir, WriteReport report) {}
}
