package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolRename;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsSymbolsTest {
  private final SymbolTable table = new SymbolTable(TsSymbols.PROVIDER);
  private final TsSymbols symbols = new TsSymbols(Name.of("KitchenSink"), table);

  @Test
  void typeNamesAvoidRuntimeExportsGlobalValuesAndTheClientAndEachIsARecordedRename() {
    assertThat(symbols.typeName("a", Name.of("NotFoundError"), "/a")).isEqualTo("NotFoundErrorModel");
    assertThat(symbols.typeName("b", Name.of("kitchen_sink"), "/b")).isEqualTo("KitchenSinkModel");
    assertThat(symbols.typeName("c", Name.of("Page"), "/c")).isEqualTo("PageModel");
    assertThat(symbols.typeName("d", Name.of("Infinity"), "/d")).isEqualTo("InfinityModel");
    assertThat(symbols.typeName("e", Name.of("NaN"), "/e")).isEqualTo("NaNModel");
    assertThat(table.renames().stream().map(r -> r.pointer() + " " + r.wanted() + ">" + r.given()).toList())
        .containsExactly("/a NotFoundError>NotFoundErrorModel", "/b KitchenSink>KitchenSinkModel",
            "/c Page>PageModel", "/d Infinity>InfinityModel", "/e NaN>NaNModel").inOrder();
  }

  @Test
  void typeNamesThatCollideAfterCasingGetNumbers() {
    assertThat(symbols.typeName("x", Name.of("foo_bar"), "/x")).isEqualTo("FooBar");
    assertThat(symbols.typeName("y", Name.of("FooBar"), "/y")).isEqualTo("FooBar2");
    assertThat(symbols.typeName("x")).isEqualTo("FooBar");
    assertThat(table.renames()).hasSize(1);
    assertThat(table.renames().get(0).reason()).isEqualTo(SymbolRename.Reason.TAKEN);
  }

  @Test
  void typeNamesStartingWithADigitArePrefixedWithoutARename() {
    assertThat(symbols.typeName("d", Name.of("2fa_setting"), "/d")).isEqualTo("_2faSetting");
    assertThat(table.renames()).isEmpty();
  }

  @Test
  void membersAreCamelCaseAndUniqueInTheirScope() {
    SymbolTable.Scope scope = table.newScope();
    assertThat(TsSymbols.member(scope, NameKind.PROPERTY, Name.of("date_sent"), "/p")).isEqualTo("dateSent");
    assertThat(TsSymbols.member(scope, NameKind.PROPERTY, Name.of("DateSent>"), "/q")).isEqualTo("dateSent2");
    assertThat(table.renames().get(0).source()).isEqualTo("DateSent>");
  }

  @Test
  void propertyKeysAreQuotedOnlyWhenNeeded() {
    assertThat(TsSymbols.propertyKey("class")).isEqualTo("class");
    assertThat(TsSymbols.propertyKey("2faEnabled")).isEqualTo("'2faEnabled'");
    assertThat(TsSymbols.propertyKey("content-type")).isEqualTo("'content-type'");
    assertThat(TsSymbols.propertyKey("it's")).isEqualTo("\"it's\"");
  }

  @Test
  void bindingsAvoidReservedAndStrictModeWords() {
    assertThat(TsSymbols.binding(List.of("delete"))).isEqualTo("delete_");
    assertThat(TsSymbols.binding(List.of("package"))).isEqualTo("package_");
    assertThat(TsSymbols.binding(List.of("yield"))).isEqualTo("yield_");
    assertThat(TsSymbols.binding(List.of("arguments"))).isEqualTo("arguments_");
    assertThat(TsSymbols.binding(List.of("3d", "model"))).isEqualTo("_3dModel");
    assertThat(TsSymbols.binding(List.of("account"))).isEqualTo("account");
  }

  @Test
  void resourceMembersKeepClearOfTheBaseClient() {
    SymbolTable.Scope scope = table.newScope().reserve(TsSymbols.CLIENT_MEMBERS);
    assertThat(TsSymbols.member(scope, NameKind.RESOURCE, Name.of("timeout"), "/r")).isEqualTo("timeout2");
  }
}
