package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaSymbolsTest {
  @Test
  void membersAvoidKeywordsAndLiterals() {
    assertThat(JavaSymbols.member(Name.of("class"))).isEqualTo("class_");
    assertThat(JavaSymbols.member(Name.of("default"))).isEqualTo("default_");
    assertThat(JavaSymbols.member(Name.of("yield"))).isEqualTo("yield_");
    assertThat(JavaSymbols.member(Name.of("true"))).isEqualTo("true_");
    assertThat(JavaSymbols.member(Name.of("null"))).isEqualTo("null_");
    assertThat(JavaSymbols.member(Name.of("record"))).isEqualTo("record_");
  }

  @Test
  void membersAreCamelCaseFromAnyWireName() {
    assertThat(JavaSymbols.member(Name.of("friendly_name"))).isEqualTo("friendlyName");
    assertThat(JavaSymbols.member(Name.of("content-type"))).isEqualTo("contentType");
    assertThat(JavaSymbols.member(Name.of("DateSent>"))).isEqualTo("dateSent");
    assertThat(JavaSymbols.member(Name.of("with space"))).isEqualTo("withSpace");
  }

  @Test
  void leadingDigitsGetAnUnderscore() {
    assertThat(JavaSymbols.member(Name.of("2fa_enabled"))).isEqualTo("_2faEnabled");
    assertThat(JavaSymbols.className(Name.of("3d_secure"))).isEqualTo("_3dSecure");
    assertThat(JavaSymbols.constant(Name.of("1"))).isEqualTo("_1");
  }

  @Test
  void classesNeverShadowJavaLang() {
    assertThat(JavaSymbols.className(Name.of("Error"))).isEqualTo("ErrorModel");
    assertThat(JavaSymbols.className(Name.of("string"))).isEqualTo("StringModel");
    assertThat(JavaSymbols.className(Name.of("Override"))).isEqualTo("OverrideModel");
    assertThat(JavaSymbols.className(Name.of("Account"))).isEqualTo("Account");
  }

  @Test
  void collisionsGetNumberedInOrder() {
    List<Name> names = List.of(Name.of("content_type"), Name.of("content-type"), Name.of("contentType"));
    Map<Name, String> members = JavaSymbols.members(names, n -> n, Set.of());
    assertThat(members.values()).containsExactly("contentType", "contentType2", "contentType3").inOrder();
  }

  @Test
  void reservedMembersAreAvoided() {
    Map<Name, String> members = JavaSymbols.members(List.of(Name.of("builder"), Name.of("hash_code")), n -> n, ModelGenerator.RESERVED);
    assertThat(members.values()).containsExactly("builder2", "hashCode2").inOrder();
  }

  @Test
  void constantsAreScreamingSnakeCase() {
    assertThat(JavaSymbols.constant(Name.of("outbound-api"))).isEqualTo("OUTBOUND_API");
    assertThat(JavaSymbols.constant(Name.of("in-progress"))).isEqualTo("IN_PROGRESS");
  }

  @Test
  void packageNamesAreLegal() {
    assertThat(JavaSymbols.packageName("com.Kitchen-Sink.2fa.class")).isEqualTo("com.kitchensink._2fa.class_");
    assertThat(JavaSymbols.packageName("...")).isEqualTo("sdk");
  }
}
