package dev.switchboard.core.plugin;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymbolTableTest {
  private static final SymbolProvider PROVIDER = new SymbolProvider() {
    @Override
    public Set<String> reserved(NameKind kind) {
      return kind == NameKind.PROPERTY ? Set.of("class", "class_") : Set.of("List");
    }

    @Override
    public String numbered(NameKind kind, String identifier, int n) {
      return identifier + "_" + n;
    }
  };

  private final SymbolTable table = new SymbolTable(PROVIDER);

  private static SymbolTable.Source at(String name) {
    return new SymbolTable.Source(name, "/components/schemas/" + name);
  }

  @Test
  void reservedWordsAreEscapedPerKindAndClashesNumberedAndEveryChangeIsRecorded() {
    SymbolTable.Scope scope = table.scope("Pet");
    assertThat(scope.claim(NameKind.PROPERTY, "class", at("class"))).isEqualTo("class__2");
    assertThat(scope.claim(NameKind.TYPE, "class", at("Class"))).isEqualTo("class");
    assertThat(scope.claim(NameKind.TYPE, "class", at("CLASS"))).isEqualTo("class_2");
    assertThat(scope.claim(NameKind.TYPE, "name", at("name"))).isEqualTo("name");
    assertThat(table.renames()).containsExactly(
        new SymbolRename(NameKind.PROPERTY, "class", "/components/schemas/class", "class", "class__2",
            SymbolRename.Reason.RESERVED),
        new SymbolRename(NameKind.TYPE, "CLASS", "/components/schemas/CLASS", "class", "class_2",
            SymbolRename.Reason.TAKEN)).inOrder();
  }

  @Test
  void scopesAreKeyedByTheThingNamedAndIndependent() {
    assertThat(table.scope("Pet")).isSameInstanceAs(table.scope("Pet"));
    table.scope("Pet").claim(NameKind.TYPE, "id", at("id"));
    assertThat(table.scope("Owner").claim(NameKind.TYPE, "id", at("id"))).isEqualTo("id");
    assertThat(table.newScope().reserve(List.of("id")).claim(NameKind.TYPE, "id", at("id"))).isEqualTo("id_2");
  }

  @Test
  void generatedNamesAvoidTheSameWordsWithoutARecordAndScopeWordsAreEscaped() {
    SymbolTable.Scope scope = table.newScope().reserveWords(List.of("Client"));
    assertThat(scope.claimGenerated(NameKind.TYPE, "List")).isEqualTo("List_");
    assertThat(scope.claimGenerated(NameKind.TYPE, "List")).isEqualTo("List__2");
    assertThat(table.renames()).isEmpty();
    assertThat(scope.claim(NameKind.TYPE, "Client", at("client"))).isEqualTo("Client_");
    assertThat(table.renames().get(0).reason()).isEqualTo(SymbolRename.Reason.RESERVED);
  }

  @Test
  void warningsComeFromTheRecordOnePerNameWithTheOtherPlacesCounted() {
    SymbolTable.Scope pet = table.scope("Pet");
    SymbolTable.Scope owner = table.scope("Owner");
    pet.claim(NameKind.PROPERTY, "class", at("class"));
    owner.claim(NameKind.PROPERTY, "class", new SymbolTable.Source("class", "/components/schemas/Owner"));
    owner.claim(NameKind.TYPE, "id", at("id"));
    owner.claim(NameKind.TYPE, "id", at("ID"));
    Diagnostics diagnostics = new Diagnostics("spec.yaml");
    RenameWarnings.report("lang", table.renames(), diagnostics);
    List<String> messages = diagnostics.sorted().stream().map(Diagnostic::message).toList();
    assertThat(messages).containsExactly(
        "property name 'class' is reserved in lang; the lang SDK renames it 'class__2' (here and in 1 more places)",
        "type name 'ID' clashes with another name in lang; the lang SDK renames it 'id_2'");
    assertThat(diagnostics.sorted().stream().map(d -> d.id() + " " + d.location()).toList())
        .containsExactly("renamed-name /components/schemas/ID", "reserved-name /components/schemas/class");
  }
}
