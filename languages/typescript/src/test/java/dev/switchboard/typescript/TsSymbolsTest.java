package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TsSymbolsTest {
  private final TsSymbols symbols = new TsSymbols(Name.of("KitchenSink"));

  @Test
  void typeNamesAvoidRuntimeExportsAndTheClient() {
    assertThat(symbols.typeName("a", Name.of("NotFoundError"))).isEqualTo("NotFoundErrorModel");
    assertThat(symbols.typeName("b", Name.of("kitchen_sink"))).isEqualTo("KitchenSinkModel");
    assertThat(symbols.typeName("c", Name.of("Page"))).isEqualTo("PageModel");
    assertThat(symbols.typeName("e", Name.of("Infinity"))).isEqualTo("InfinityModel");
  }

  @Test
  void typeNamesThatCollideAfterCasingGetNumbers() {
    assertThat(symbols.typeName("x", Name.of("foo_bar"))).isEqualTo("FooBar");
    assertThat(symbols.typeName("y", Name.of("FooBar"))).isEqualTo("FooBar2");
    assertThat(symbols.typeName("x")).isEqualTo("FooBar");
  }

  @Test
  void typeNamesStartingWithADigitArePrefixed() {
    assertThat(symbols.typeName("d", Name.of("2fa_setting"))).isEqualTo("_2faSetting");
  }

  @Test
  void membersAreCamelCaseAndUniqueInTheirScope() {
    Set<String> taken = new HashSet<>();
    assertThat(TsSymbols.member(Name.of("date_sent").words(), taken)).isEqualTo("dateSent");
    assertThat(TsSymbols.member(Name.of("DateSent>").words(), taken)).isEqualTo("dateSent2");
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
    Set<String> taken = new HashSet<>(TsSymbols.CLIENT_MEMBERS);
    assertThat(TsSymbols.member(List.of("timeout"), taken)).isEqualTo("timeout2");
  }
}
