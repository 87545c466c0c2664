package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolRename;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final SymbolTable table = new SymbolTable(JavaSymbols.PROVIDER);
  private final JavaSymbols symbols = new JavaSymbols(
      new Api(new ApiInfo("Test", "1", Name.of("Test"), Docs.NONE, Optional.empty()), List.of(), List.of(), List.of(),
          List.of(), List.of(), Map.of()), JavaPackages.single("com.test"), table);

  @Test
  void collisionsGetNumberedInOrderAndEachIsARecordedRename() {
    List<Name> names = List.of(Name.of("content_type"), Name.of("content-type"), Name.of("contentType"));
    Map<Name, String> members = symbols.members(NameKind.PROPERTY, names, n -> n, n -> "/p/" + n.wire(), Set.of());
    assertThat(members.values()).containsExactly("contentType", "contentType2", "contentType3").inOrder();
    assertThat(table.renames().stream().map(r -> r.pointer() + ">" + r.given()).toList())
        .containsExactly("/p/content-type>contentType2", "/p/contentType>contentType3").inOrder();
  }

  @Test
  void generatedMembersAreAvoidedAndKeywordsAndObjectMethodsEscaped() {
    Map<Name, String> members = symbols.members(NameKind.PROPERTY,
        List.of(Name.of("builder"), Name.of("hash_code"), Name.of("class")), n -> n, n -> "/p", ModelGenerator.RESERVED);
    assertThat(members.values()).containsExactly("builder2", "hashCode_", "class_").inOrder();
    assertThat(table.renames().stream().map(SymbolRename::reason).toList()).containsExactly(
        SymbolRename.Reason.TAKEN, SymbolRename.Reason.RESERVED, SymbolRename.Reason.RESERVED).inOrder();
  }

  @Test
  void membersClashRegardlessOfCase() {
    SymbolTable.Scope scope = symbols.newScope();
    assertThat(JavaSymbols.member(scope, NameKind.PARAMETER, Name.of("url"), "/a")).isEqualTo("url");
    assertThat(scope.claim(NameKind.PARAMETER, "URL", new SymbolTable.Source("URL", "/b"))).isEqualTo("URL2");
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
