package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoSymbolsTest {
  @Test
  void exportedNamesUpperCaseGosInitialisms() {
    assertThat(GoSymbols.exported(List.of("account", "sid"))).isEqualTo("AccountSID");
    assertThat(GoSymbols.exported(List.of("next", "page", "url"))).isEqualTo("NextPageURL");
    assertThat(GoSymbols.exported(List.of("http", "client", "id"))).isEqualTo("HTTPClientID");
  }

  @Test
  void aNameThatCannotStartWithACapitalGetsAnX() {
    assertThat(GoSymbols.exported(List.of("2fa", "enabled"))).isEqualTo("X2faEnabled");
    assertThat(GoSymbols.exported(List.of("日本語"))).isEqualTo("X日本語");
    assertThat(GoSymbols.exported(List.of("@", "id"))).isEqualTo("ID");
  }

  @Test
  void digitRunsOfTwoWordsStayApart() {
    assertThat(GoSymbols.exported(List.of("v1", "2"))).isEqualTo("V1_2");
  }

  @Test
  void localsStartLowerCaseInitialismsIncluded() {
    assertThat(GoSymbols.local(List.of("account", "sid"))).isEqualTo("accountSID");
    assertThat(GoSymbols.local(List.of("id"))).isEqualTo("id");
    assertThat(GoSymbols.local(List.of("url", "path"))).isEqualTo("urlPath");
    assertThat(GoSymbols.local(List.of("2fa"))).isEqualTo("x2fa");
  }

  @Test
  void localsAvoidKeywordsPredeclaredNamesAndImports() {
    assertThat(GoSymbols.localReserved()).containsAtLeast("type", "func", "string", "len", "ctx", "core", "http");
  }

  @Test
  void packageNamesAreLowerCaseLettersAndDigits() {
    assertThat(GoSymbols.packageName(List.of("kitchen", "sink"))).isEqualTo("kitchensink");
    assertThat(GoSymbols.packageName(List.of("accounts", "v1"))).isEqualTo("accountsv1");
    assertThat(GoSymbols.packageName(List.of("2010", "api"))).isEqualTo("api2010api");
  }

  @Test
  void typesAvoidThePackagesOwnNamesAndFieldsTheStructsMembers() {
    assertThat(GoSymbols.PROVIDER.isReserved(NameKind.TYPE, "Client")).isTrue();
    assertThat(GoSymbols.PROVIDER.escape(NameKind.TYPE, "Client")).isEqualTo("ClientModel");
    assertThat(GoSymbols.PROVIDER.isReserved(NameKind.PROPERTY, "Extra")).isTrue();
    assertThat(GoSymbols.PROVIDER.escape(NameKind.PROPERTY, "Extra")).isEqualTo("Extra_");
    assertThat(GoSymbols.PROVIDER.spell(NameKind.PROPERTY, Name.of("date_created"))).isEqualTo("DateCreated");
  }
}
