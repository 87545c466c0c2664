package dev.switchboard.core.diff;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurfaceTest {
  private static Surface surface(String operationIdentifier) {
    SymbolTable table = new SymbolTable(kind -> Set.of("class"));
    SymbolTable.Scope scope = table.newScope();
    scope.claim(NameKind.OPERATION, operationIdentifier, new SymbolTable.Source("getPet", "/paths/~1pets/get"));
    scope.claim(NameKind.PROPERTY, "class", new SymbolTable.Source("class\tname\n\u0007", "/components/schemas/Pet"));
    return Surface.of(table);
  }

  @Test
  void recordsEachClaimedNameOnOneLineAndReadsItBack() {
    Surface surface = surface("retrieve");
    String text = surface.text();
    assertThat(text).contains("OPERATION\t/paths/~1pets/get\tgetPet\tretrieve\n");
    assertThat(text).contains("PROPERTY\t/components/schemas/Pet\tclass\\tname\\n\\u0007\tclass_\n");
    assertThat(Surface.parse(text)).isEqualTo(surface);
  }

  @Test
  void anIdentifierChangedForTheSameNameIsABreakingChangeOfThatLanguageOnly() {
    List<Change> changes = surface("retrieve").renamedSince(surface("get_pet"), "python");
    assertThat(changes).hasSize(1);
    Change change = changes.get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.IDENTIFIER_CHANGED);
    assertThat(change.location()).isEqualTo("/paths/~1pets/get");
    assertThat(change.detail()).isEqualTo("get_pet -> retrieve");
    assertThat(change.symbol("python")).hasValue("retrieve");
    assertThat(change.impact()).containsExactly("python", Impact.BREAKING);
    assertThat(surface("retrieve").renamedSince(surface("retrieve"), "python")).isEmpty();
  }

  @Test
  void unreadableLinesOfARecordedSurfaceAreSkipped() {
    Surface parsed = Surface.parse("# header\nNOT_A_KIND\t/x\ty\tz\nOPERATION\tonly-two\n\u0000\nTYPE\t/components/schemas/A\tA\tA\n");
    assertThat(parsed.identifiers()).containsExactly("TYPE\t/components/schemas/A\tA", "A");
    assertThat(SymbolProvider.NONE.reserved(NameKind.TYPE)).isEmpty();
  }
}
