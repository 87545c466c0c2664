package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PythonSymbolsTest {
  @Test
  void hardKeywordsGetATrailingUnderscore() {
    assertThat(PythonSymbols.field(Name.of("class"))).isEqualTo("class_");
    assertThat(PythonSymbols.parameter(Name.of("from"))).isEqualTo("from_");
    assertThat(PythonSymbols.method(Name.of("import"))).isEqualTo("import_");
    assertThat(PythonSymbols.parameter(Name.of("async"))).isEqualTo("async_");
    assertThat(PythonSymbols.resourceAttribute(Name.of("global"))).isEqualTo("global_");
  }

  @Test
  void capitalizedKeywordsAreEscapedInClassNames() {
    PythonSymbols symbols = new PythonSymbols();
    assertThat(symbols.className(Name.of("None"))).isEqualTo("None_");
    assertThat(symbols.className(Name.of("true"))).isEqualTo("True_");
  }

  @Test
  void softKeywordsAreLegalNamesAndStay() {
    assertThat(PythonSymbols.SOFT_KEYWORDS).containsExactly("match", "case", "type", "_");
    assertThat(PythonSymbols.field(Name.of("match"))).isEqualTo("match");
    assertThat(PythonSymbols.parameter(Name.of("type"))).isEqualTo("type");
    assertThat(PythonSymbols.method(Name.of("case"))).isEqualTo("case");
  }

  @Test
  void fieldsDoNotShadowAnnotationBuiltinsOrModelAttributes() {
    assertThat(PythonSymbols.field(Name.of("list"))).isEqualTo("list_");
    assertThat(PythonSymbols.field(Name.of("str"))).isEqualTo("str_");
    assertThat(PythonSymbols.field(Name.of("$schema"))).isEqualTo("schema_");
    assertThat(PythonSymbols.field(Name.of("json"))).isEqualTo("json_");
    assertThat(PythonSymbols.field(Name.of("model_config"))).isEqualTo("model_config_");
    assertThat(PythonSymbols.field(Name.of("self"))).isEqualTo("self_");
    assertThat(PythonSymbols.field(Name.of("id"))).isEqualTo("id");
    assertThat(PythonSymbols.field(Name.of("object"))).isEqualTo("object");
  }

  @Test
  void methodsKeepListButAvoidOtherAnnotationBuiltins() {
    assertThat(PythonSymbols.method(Name.of("list"))).isEqualTo("list");
    assertThat(PythonSymbols.method(Name.of("str"))).isEqualTo("str_");
    assertThat(PythonSymbols.method(Name.of("with_raw_response"))).isEqualTo("with_raw_response_");
  }

  @Test
  void parametersAvoidNamesTheMethodUses() {
    assertThat(PythonSymbols.parameter(Name.of("self"))).isEqualTo("self_");
    assertThat(PythonSymbols.parameter(Name.of("cast"))).isEqualTo("cast_");
    assertThat(PythonSymbols.parameter(Name.of("request_options"))).isEqualTo("request_options_");
    assertThat(PythonSymbols.parameter(Name.of("DateSent>"))).isEqualTo("date_sent");
  }

  @Test
  void clientAttributesAvoidClientMembers() {
    assertThat(PythonSymbols.resourceAttribute(Name.of("close"))).isEqualTo("close_");
    assertThat(PythonSymbols.resourceAttribute(Name.of("base url"))).isEqualTo("base_url_");
    assertThat(PythonSymbols.resourceAttribute(Name.of("Messages"))).isEqualTo("messages");
  }

  @Test
  void leadingDigitsGetAPrefix() {
    assertThat(PythonSymbols.field(Name.of("2fa_enabled"))).isEqualTo("n2fa_enabled");
    assertThat(new PythonSymbols().className(Name.of("200Response"))).isEqualTo("N200Response");
    assertThat(PythonSymbols.member(Name.of("1"))).isEqualTo("VALUE_1");
    assertThat(PythonSymbols.member(Name.of("in-progress"))).isEqualTo("IN_PROGRESS");
  }

  @Test
  void classNamesAreUniqueAndAvoidRuntimeAndBuiltinNames() {
    PythonSymbols symbols = new PythonSymbols();
    assertThat(symbols.className(Name.of("message"))).isEqualTo("Message");
    assertThat(symbols.className(Name.of("Message"))).isEqualTo("Message2");
    assertThat(symbols.className(Name.of("client"))).isEqualTo("Client2");
    assertThat(symbols.className(Name.of("Stream"))).isEqualTo("Stream2");
    assertThat(symbols.className(Name.of("Exception"))).isEqualTo("Exception2");
  }

  @Test
  void relatedClassNamesAreClaimedTogetherOrNotAtAll() {
    PythonSymbols symbols = new PythonSymbols();
    symbols.className(Name.of("AsyncCalls"));
    assertThat(symbols.claimAll(List.of("Calls", "AsyncCalls"))).isFalse();
    assertThat(symbols.isClassTaken("Calls")).isFalse();
    assertThat(symbols.claimAll(List.of("CallsResource", "AsyncCallsResource"))).isTrue();
    assertThat(symbols.isClassTaken("AsyncCallsResource")).isTrue();
  }

  @Test
  void snakeCaseCollisionsGetNumbers() {
    Set<String> taken = new HashSet<>();
    assertThat(PythonSymbols.unique(taken, PythonSymbols.field(Name.of("@id")))).isEqualTo("id");
    assertThat(PythonSymbols.unique(taken, PythonSymbols.field(Name.of("id")))).isEqualTo("id_2");
    assertThat(PythonSymbols.unique(taken, PythonSymbols.field(Name.of("ID")))).isEqualTo("id_3");
  }

  @Test
  void moduleConstantsArePrivateScreamingSnake() {
    assertThat(PythonSymbols.constant(Name.of("createMessage"))).isEqualTo("_CREATE_MESSAGE");
  }
}
