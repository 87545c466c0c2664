package dev.switchboard.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.spec.JsonPointers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * kitchen-sink and hostile-input SDKs match the committed samples under {@code samples/<spec>/<id>}
 * ({@code -Dswitchboard.updateGolden=true} rewrites them), generation is deterministic, and the
 * reserved-name warnings and the renames in the output are the same names (over those specs and
 * {@code samples/reserved-names}, whose names are reserved somewhere).
 */
public abstract class PluginContract {
  /** A word appended to a name to learn its spelling without a reserved-word escape. */
  private static final String PROBE = "zz";

  /** One generation per plugin and spec, shared by the tests of a run; determinism makes its own. */
  private static final Map<List<Object>, Generation> GENERATIONS = new ConcurrentHashMap<>();

  /** A new instance of the plugin under test. */
  protected abstract LanguagePlugin plugin();

  /**
   * The identifier the plugin's symbol provider gives a spec name of this kind when nothing else
   * in its scope is named yet: the spelling that appears in the SDK.
   */
  protected abstract String identifier(NameKind kind, Name name);

  @Test
  public void kitchenSinkMatchesTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.kitchenSinkSpec(), "kitchen-sink");
  }

  @Test
  public void hostileNamesAndTextMatchTheCommittedSdk() throws Exception {
    assertGolden(RepoPaths.hostileSpec(), "hostile");
  }

  @Test
  public void generatingTwiceGivesTheSameBytes() {
    for (Path spec : List.of(RepoPaths.kitchenSinkSpec(), RepoPaths.hostileSpec())) {
      FileSet first = generation(spec).sdks().get(plugin().id());
      FileSet second = Pipeline.generate(spec, plugin());
      assertWithMessage("file list of %s", spec).that(second.files().keySet())
          .containsExactlyElementsIn(first.files().keySet()).inOrder();
      first.files().forEach((path, bytes) -> assertWithMessage("bytes of %s from %s", path, spec)
          .that(Arrays.equals(bytes, second.files().get(path))).isTrue());
    }
  }

  /**
   * A name is renamed when the symbol provider spells it differently from the same name with a
   * neutral word appended (minus that word's spelling): then an escape for a reserved word was
   * added. Each such name must be warned about at one of its places, each warning must sit at a
   * place of such a name, and the escaped identifier must appear in the SDK.
   */
  @Test
  public void reservedNameWarningsMatchTheRenamesInTheSdk() {
    for (Path spec : List.of(RepoPaths.reservedNamesSpec(), RepoPaths.hostileSpec(), RepoPaths.kitchenSinkSpec())) {
      Generation generation = generation(spec);
      Map<NamedThing, Set<String>> renamed = new LinkedHashMap<>();
      places(generation.api()).forEach((thing, pointers) -> {
        if (isRenamed(thing.kind(), thing.name())) {
          renamed.put(thing, pointers);
        }
      });
      Set<String> warned = generation.diagnostics().sorted().stream()
          .filter(d -> d.id().equals("reserved-name"))
          .map(Diagnostic::location)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> renamedPlaces = new TreeSet<>();
      renamed.values().forEach(renamedPlaces::addAll);
      assertWithMessage("reserved-name warnings of %s at places where no name is renamed (renamed: %s)", spec, renamed.keySet())
          .that(difference(warned, renamedPlaces)).isEmpty();
      List<String> unwarned = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      String sdk = text(generation.sdks().get(plugin().id()));
      renamed.forEach((thing, pointers) -> {
        if (pointers.stream().noneMatch(warned::contains)) {
          unwarned.add(thing + " -> " + identifier(thing.kind(), thing.name()));
        }
        String given = identifier(thing.kind(), thing.name());
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

  private boolean isRenamed(NameKind kind, Name name) {
    List<String> words = new ArrayList<>(name.words());
    words.add(PROBE);
    if (Name.isTooLong(words)) {
      return false; // the probe would make the name long enough to be shortened: no neutral spelling to compare
    }
    String probed = identifier(kind, new Name(words, name.wire() + "_" + PROBE));
    String plain = probed.replaceFirst("(?i)" + PROBE + "$", "").replaceFirst("[_$]$", "");
    return !identifier(kind, name).equals(plain);
  }

  /** Every spec name a plugin turns into an identifier, with the JSON pointers where it appears. */
  private static Map<NamedThing, Set<String>> places(Api api) {
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
      for (Parameter parameter : operation.parameters()) {
        place(places, NameKind.PARAMETER, parameter.name(), operation.source());
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

  private static String text(FileSet files) {
    return files.files().values().stream()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .collect(Collectors.joining("\n"));
  }

  private record NamedThing(NameKind kind, Name name) {
    @Override
    public String toString() {
      return kind.name().toLowerCase(Locale.ROOT) + " '" + name.wire() + "'";
    }
  }
}
