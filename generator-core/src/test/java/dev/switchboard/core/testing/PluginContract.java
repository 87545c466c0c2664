package dev.switchboard.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.spec.JsonPointers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every language plugin must do, run by each language module through one subclass: the
 * kitchen-sink, hostile-input, two-spec ({@code samples/multi-spec}) and resource-tree SDKs match the committed samples under {@code samples/<spec>/<id>}
 * ({@code -Dswitchboard.updateGolden=true} rewrites them), generation is deterministic, and the
 * reserved-name warnings and the renames in the output are the same names (over those specs and
 * {@code samples/reserved-names}, whose names are reserved somewhere).
 */
public abstract class PluginContract {
  /** One generation per plugin and spec, shared by the tests of a run; determinism makes its own. */
  private static final Map<List<Object>, Generation> GENERATIONS = new ConcurrentHashMap<>();

  /** A new instance of the plugin under test. */
  protected abstract LanguagePlugin plugin();

  @Test
  public void kitchenSinkMatchesTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.kitchenSinkSpec(), "kitchen-sink");
  }

  @Test
  public void hostileNamesAndTextMatchTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.hostileSpec(), "hostile");
  }

  /** Two specs, one SDK: each API below its mount, each with its own Status type, one runtime. */
  @Test
  public void severalSpecsMatchTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.samples().resolve("multi-spec"), "multi-spec");
  }

  /** A spec that declares its resource tree: the client is the tree ({@code samples/resource-tree}). */
  @Test
  public void aResourceTreeMatchesTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), "resource-tree");
  }

  @Test
  public void generatingTwiceGivesTheSameBytes() {
    for (Path spec : List.of(RepoPaths.kitchenSinkSpec(), RepoPaths.hostileSpec(), RepoPaths.samples().resolve("multi-spec"),
        RepoPaths.samples().resolve("resource-tree/openapi.yaml"))) {
      FileSet first = generation(spec).sdks().get(plugin().id());
      FileSet second = Pipeline.generate(spec, plugin());
      assertWithMessage("file list of %s", spec).that(second.files().keySet())
          .containsExactlyElementsIn(first.files().keySet()).inOrder();
      first.files().forEach((path, bytes) -> assertWithMessage("bytes of %s from %s", path, spec)
          .that(Arrays.equals(bytes, second.files().get(path))).isTrue());
    }
  }

  /**
   * Read independently of the plugin's own rename record: a spec name whose spelling by the
   * plugin's symbol provider ({@link SymbolProvider#spell}) it also reserves must be warned about at one of its places and appear escaped in the
   * SDK, and each reserved-name warning must sit at a place of such a name.
   */
  @Test
  public void reservedNameWarningsMatchTheRenamesInTheSdk() {
    SymbolProvider provider = plugin().symbolProvider();
    for (Path spec : List.of(RepoPaths.reservedNamesSpec(), RepoPaths.hostileSpec(), RepoPaths.kitchenSinkSpec())) {
      Generation generation = generation(spec);
      Map<NamedThing, Set<String>> renamed = new LinkedHashMap<>();
      places(generation.api(), generation.plan()).forEach((thing, pointers) -> {
        if (provider.isReserved(thing.kind(), provider.spell(thing.kind(), thing.name()))) {
          renamed.put(thing, pointers);
        }
      });
      Set<String> warned = generation.diagnostics().sorted().stream()
          .filter(d -> d.id().equals("reserved-name"))
          .map(Diagnostic::location)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> renamedPlaces = new TreeSet<>();
      renamed.values().forEach(renamedPlaces::addAll);
      assertWithMessage("reserved-name warnings of %s at places where no name is reserved (reserved: %s)", spec, renamed.keySet())
          .that(difference(warned, renamedPlaces)).isEmpty();
      List<String> unwarned = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      String sdk = Pipeline.text(generation.sdks().get(plugin().id()));
      renamed.forEach((thing, pointers) -> {
        String given = provider.escape(thing.kind(), provider.spell(thing.kind(), thing.name()));
        if (pointers.stream().noneMatch(warned::contains)) {
          unwarned.add(thing + " -> " + given);
        }
        if (!Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(given) + "(?![A-Za-z0-9_$])").matcher(sdk).find()) {
          missing.add(thing + " -> " + given);
        }
      });
      assertWithMessage("names of %s renamed without a reserved-name warning", spec).that(unwarned).isEmpty();
      assertWithMessage("renamed identifiers of %s that the SDK does not contain", spec).that(missing).isEmpty();
    }
  }

  private void assertGolden(Path spec, String sample) throws Exception {
    GoldenFiles.assertMatches(generation(spec).sdks().get(plugin().id()), RepoPaths.samples().resolve(sample).resolve(plugin().id()));
  }

  private Generation generation(Path spec) {
    LanguagePlugin plugin = plugin();
    return GENERATIONS.computeIfAbsent(List.of(plugin.getClass(), spec), key -> Pipeline.run(spec, plugin));
  }

  /** Every spec name a plugin turns into an identifier, with the JSON pointers where it appears. */
  private static Map<NamedThing, Set<String>> places(Api api, Plan plan) {
    Map<NamedThing, Set<String>> places = new LinkedHashMap<>();
    for (TypeDecl type : api.types()) {
      place(places, NameKind.TYPE, type.name(), type.source());
      if (type instanceof TypeDecl.ObjectType object) {
        object.properties().forEach(p -> place(places, NameKind.PROPERTY, p.name(),
            JsonPointers.child(type.source() + "/properties", p.name().wire())));
      }
    }
    for (Operation operation : api.operations().toList()) {
      place(places, NameKind.OPERATION, operation.localName(), operation.source());
    }
    // Every input a caller passes, parameters and flattened body fields alike, is named at its operation.
    Map<String, String> sources = new HashMap<>();
    api.operations().forEach(o -> sources.put(o.id(), o.source()));
    for (PlanResource resource : plan.resources()) {
      for (PlanOperation operation : resource.operations()) {
        operation.inputs().forEach(input -> {
          place(places, NameKind.PARAMETER, input.name(), sources.get(operation.id()));
          // A flattened body field may be named where its property is written instead.
          input.flattenedFrom().flatMap(api::type).ifPresent(type -> place(places, NameKind.PARAMETER, input.name(),
              JsonPointers.child(type.source() + "/properties", input.name().wire())));
        });
      }
    }
    return places;
  }

  private static void place(Map<NamedThing, Set<String>> places, NameKind kind, Name name, String pointer) {
    places.computeIfAbsent(new NamedThing(kind, name), k -> new TreeSet<>()).add(pointer);
  }

  private static Set<String> difference(Set<String> left, Set<String> right) {
    Set<String> result = new TreeSet<>(left);
    result.removeAll(right);
    return result;
  }

  private record NamedThing(NameKind kind, Name name) {
    @Override
    public String toString() {
      return kind.name().toLowerCase(Locale.ROOT) + " '" + name.wire() + "'";
    }
  }
}
