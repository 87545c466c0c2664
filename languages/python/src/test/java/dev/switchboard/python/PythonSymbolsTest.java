package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolRename;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonSymbolsTest {
  private final SymbolTable table = new SymbolTable(PythonSymbols.PROVIDER);
  private final PythonSymbols symbols = new PythonSymbols(table);

  private String claim(NameKind kind, String name) {
    return PythonSymbols.claim(table.newScope(), kind, Name.of(name), "/x");
  }

  private String className(String name) {
    return symbols.className(new TypeDecl.AliasType(name, Name.of(name), Docs.NONE,
        new dev.switchboard.core.ir.TypeRef.Any(), "/components/schemas/" + name));
  }

  @Test
  void hardKeywordsGetATrailingUnderscoreAndARecordedRename() {
    assertThat(claim(NameKind.PROPERTY, "class")).isEqualTo("class_");
    assertThat(claim(NameKind.PARAMETER, "from")).isEqualTo("from_");
    assertThat(claim(NameKind.OPERATION, "import")).isEqualTo("import_");
    assertThat(claim(NameKind.PARAMETER, "async")).isEqualTo("async_");
    assertThat(claim(NameKind.RESOURCE, "global")).isEqualTo("global_");
    assertThat(table.renames()).hasSize(5);
    assertThat(table.renames().stream().map(SymbolRename::reason).distinct().toList())
        .containsExactly(SymbolRename.Reason.RESERVED);
  }

  @Test
  void capitalizedKeywordsAreEscapedInClassNames() {
    assertThat(className("None")).isEqualTo("None_");
    assertThat(className("true")).isEqualTo("True_");
  }

  @Test
  void softKeywordsAreLegalNamesAndStay() {
    assertThat(PythonSymbols.SOFT_KEYWORDS).containsExactly("match", "case", "type", "_");
    assertThat(claim(NameKind.PROPERTY, "match")).isEqualTo("match");
    assertThat(claim(NameKind.PARAMETER, "type")).isEqualTo("type");
    assertThat(claim(NameKind.OPERATION, "case")).isEqualTo("case");
    assertThat(table.renames()).isEmpty();
  }

  @Test
  void fieldsDoNotShadowAnnotationBuiltinsOrModelAttributes() {
    assertThat(claim(NameKind.PROPERTY, "list")).isEqualTo("list_");
    assertThat(claim(NameKind.PROPERTY, "str")).isEqualTo("str_");
    assertThat(claim(NameKind.PROPERTY, "$schema")).isEqualTo("schema_");
    assertThat(claim(NameKind.PROPERTY, "json")).isEqualTo("json_");
    assertThat(claim(NameKind.PROPERTY, "model_config")).isEqualTo("model_config_");
    assertThat(claim(NameKind.PROPERTY, "self")).isEqualTo("self_");
    assertThat(claim(NameKind.PROPERTY, "id")).isEqualTo("id");
    assertThat(claim(NameKind.PROPERTY, "object")).isEqualTo("object");
  }

  @Test
  void methodsKeepListButAvoidOtherAnnotationBuiltins() {
    assertThat(claim(NameKind.OPERATION, "list")).isEqualTo("list");
    assertThat(claim(NameKind.OPERATION, "str")).isEqualTo("str_");
    assertThat(claim(NameKind.OPERATION, "with_raw_response")).isEqualTo("with_raw_response_");
  }

  @Test
  void parametersAvoidNamesTheMethodUses() {
    assertThat(claim(NameKind.PARAMETER, "self")).isEqualTo("self_");
    assertThat(claim(NameKind.PARAMETER, "cast")).isEqualTo("cast_");
    assertThat(claim(NameKind.PARAMETER, "request_options")).isEqualTo("request_options_");
    assertThat(claim(NameKind.PARAMETER, "DateSent>")).isEqualTo("date_sent");
    assertThat(PythonSymbols.parameter(Name.of("self"))).isEqualTo("self_");
  }

  @Test
  void clientAttributesAvoidClientMembers() {
    assertThat(claim(NameKind.RESOURCE, "close")).isEqualTo("close_");
    assertThat(claim(NameKind.RESOURCE, "base url")).isEqualTo("base_url_");
    assertThat(claim(NameKind.RESOURCE, "Messages")).isEqualTo("messages");
  }

  @Test
  void leadingDigitsGetAPrefixWithoutARename() {
    assertThat(claim(NameKind.PROPERTY, "2fa_enabled")).isEqualTo("n2fa_enabled");
    assertThat(className("200Response")).isEqualTo("N200Response");
    assertThat(PythonSymbols.member(Name.of("1"))).isEqualTo("VALUE_1");
    assertThat(PythonSymbols.member(Name.of("in-progress"))).isEqualTo("IN_PROGRESS");
    assertThat(table.renames()).isEmpty();
  }

  @Test
  void classNamesAreUniqueAndAvoidRuntimeAndBuiltinNamesAndEachChangeIsRecorded() {
    assertThat(className("message")).isEqualTo("Message");
    assertThat(className("Message")).isEqualTo("Message2");
    assertThat(className("client")).isEqualTo("Client2");
    assertThat(className("Stream")).isEqualTo("Stream2");
    assertThat(className("Exception")).isEqualTo("Exception2");
    assertThat(className("Page")).isEqualTo("Page2");
    assertThat(table.renames().stream().map(r -> r.source() + ">" + r.given()).toList()).containsExactly(
        "Message>Message2", "client>Client2", "Stream>Stream2", "Exception>Exception2", "Page>Page2").inOrder();
  }

  @Test
  void relatedClassNamesAreClaimedTogetherOrNotAtAll() {
    className("AsyncCalls");
    assertThat(symbols.claimAll(List.of("Calls", "AsyncCalls"))).isFalse();
    assertThat(symbols.isClassTaken("Calls")).isFalse();
    assertThat(symbols.claimAll(List.of("CallsResource", "AsyncCallsResource"))).isTrue();
    assertThat(symbols.isClassTaken("AsyncCallsResource")).isTrue();
  }

  @Test
  void theProviderSpellsEachKindBeforeEscaping() {
    assertThat(PythonSymbols.PROVIDER.spell(NameKind.TYPE, Name.of("2fa code"))).isEqualTo("N2faCode");
    assertThat(PythonSymbols.PROVIDER.spell(NameKind.PROPERTY, Name.of("class"))).isEqualTo("class");
    assertThat(PythonSymbols.PROVIDER.spell(NameKind.ENUM_VALUE, Name.of("in-progress"))).isEqualTo("IN_PROGRESS");
    assertThat(PythonSymbols.PROVIDER.spell(NameKind.OPERATION, Name.of("createMessage"))).isEqualTo("create_message");
  }

  @Test
  void snakeCaseCollisionsGetNumbers() {
    SymbolTable.Scope scope = table.newScope();
    assertThat(PythonSymbols.claim(scope, NameKind.PROPERTY, Name.of("@id"), "/a")).isEqualTo("id");
    assertThat(PythonSymbols.claim(scope, NameKind.PROPERTY, Name.of("id"), "/b")).isEqualTo("id_2");
    assertThat(PythonSymbols.claim(scope, NameKind.PROPERTY, Name.of("ID"), "/c")).isEqualTo("id_3");
    assertThat(table.renames().stream().map(SymbolRename::pointer).toList()).containsExactly("/b", "/c");
  }

  @Test
  void moduleConstantsArePrivateScreamingSnake() {
    assertThat(PythonSymbols.constant(Name.of("createMessage"))).isEqualTo("_CREATE_MESSAGE");
  }
}
