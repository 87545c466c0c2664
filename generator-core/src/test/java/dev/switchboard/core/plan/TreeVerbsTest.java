package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.LanguageOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeVerbsTest {
  private static TreeMethod method(String name, String operation) {
    return new TreeMethod(Name.of(name), operation);
  }

  private static List<String> names(List<TreeMethod> methods) {
    return methods.stream().map(m -> String.join("_", m.name().words())).toList();
  }

  @Test
  void renamesOneWordVerbsAndKeepsTheOperation() {
    TreeVerbs verbs = TreeVerbs.of(new LanguageOptions(Map.of("verbs", "delete=remove,fetch=get")));
    List<TreeMethod> renamed = verbs.renamed(List.of(method("fetch", "FetchMessage"), method("delete", "DeleteMessage"),
        method("delete_sip", "DeleteSip")));
    assertThat(names(renamed)).containsExactly("get", "remove", "delete_sip").inOrder();
    assertThat(renamed.get(1).operation()).isEqualTo("DeleteMessage");
  }

  @Test
  void keepsANameWhoseNewWordTheSideHasAlready() {
    TreeVerbs verbs = TreeVerbs.of(new LanguageOptions(Map.of("verbs", "delete=remove")));
    assertThat(names(verbs.renamed(List.of(method("delete", "A"), method("remove", "B"))))).containsExactly("delete", "remove");
  }

  @Test
  void withoutTheOptionNothingChanges() {
    List<TreeMethod> methods = List.of(method("delete", "A"));
    assertThat(TreeVerbs.of(LanguageOptions.EMPTY).renamed(methods)).isEqualTo(methods);
    assertThat(TreeVerbs.OPTION.accepts("delete=remove")).isTrue();
    assertThat(TreeVerbs.OPTION.accepts("delete")).isFalse();
    assertThat(TreeVerbs.OPTION.accepts("Delete=remove")).isFalse();
  }

  @Test
  void aResourceWithoutAKeyIsOneClassSoItsSidesShareTheirNames() {
    TreeVerbs verbs = TreeVerbs.of(new LanguageOptions(Map.of("verbs", "delete=remove")));
    TreeNode keyless = new TreeNode("balance", Name.of("balance"), Name.of("balance"), List.of(), java.util.Optional.empty(),
        List.of(method("remove", "RemoveBalance")), List.of(method("delete", "DeleteBalance")), List.of(), List.of());
    assertThat(names(verbs.apply(keyless).instance())).containsExactly("delete");
    TreeNode keyed = new TreeNode("message", Name.of("messages"), Name.of("message"), List.of(), java.util.Optional.of("Sid"),
        List.of(method("remove", "RemoveMessages")), List.of(method("delete", "DeleteMessage")), List.of(), List.of());
    TreeNode renamed = verbs.apply(keyed);
    assertThat(names(renamed.instance())).containsExactly("remove");
    assertThat(renamed.instance().get(0).operation()).isEqualTo("DeleteMessage");
  }
}
