package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocPrinterTest {
  @Test
  void aGroupThatFitsStaysOnOneLine() {
    Doc doc = Doc.concat(Doc.text("export type A ="), Doc.group(Doc.indent(Doc.LINE, TsTypes.union(List.of("'a'", "'b'")))),
        Doc.text(";"));
    assertThat(DocPrinter.print(doc, 80, 0)).isEqualTo("export type A = 'a' | 'b';");
  }

  @Test
  void aLongUnionBreaksOneMemberALine() {
    List<String> members = List.of("'aaaaaaaaaaaaaaaaaaaa'", "'bbbbbbbbbbbbbbbbbbbbbbbb'", "'cccccccccccccccccccc'");
    Doc doc = Doc.concat(Doc.text("export type A ="), Doc.group(Doc.indent(Doc.LINE, TsTypes.union(members))),
        Doc.text(";"));
    assertThat(DocPrinter.print(doc, 40, 0))
        .isEqualTo("export type A =\n  | 'aaaaaaaaaaaaaaaaaaaa'\n  | 'bbbbbbbbbbbbbbbbbbbbbbbb'\n  | 'cccccccccccccccccccc';");
  }

  @Test
  void argumentsBreakWithATrailingComma() {
    Doc doc = Code.call("list", List.of("params: ListSomethingParams", "options?: RequestOptions"));
    assertThat(DocPrinter.print(doc, 40, 0))
        .isEqualTo("list(\n  params: ListSomethingParams,\n  options?: RequestOptions,\n)");
  }

  @Test
  void aBrokenListEndingInARestElementHasNoTrailingComma() {
    List<Doc> bindings = List.of(Doc.text("baseURL"), Doc.text("accountSid"), Doc.text("...transport"));
    Doc doc = Doc.concat(Doc.text("const "), Doc.listEndingInRest("{", bindings, "}"), Doc.text(" = options;"));
    assertThat(DocPrinter.print(doc, 30, 0)).isEqualTo("const {\n  baseURL,\n  accountSid,\n  ...transport\n} = options;");
    assertThat(DocPrinter.print(doc, 80, 0)).isEqualTo("const { baseURL, accountSid, ...transport } = options;");
  }
}
