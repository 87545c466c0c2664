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
    List<TreeMethod> renamed = verbs.apply(List.of(method("fetch", "FetchMessage"), method("delete", "DeleteMessage"),
        method("delete_sip", "DeleteSip")));
    assertThat(names(renamed)).containsExactly("get", "remove", "delete_sip").inOrder();
    assertThat(renamed.get(1).operation()).isEqualTo("DeleteMessage");
  }

  @Test
  void keepsANameWhoseNewWordTheSideHasAlready() {
    TreeVerbs verbs = TreeVerbs.of(new LanguageOptions(Map.of("verbs", "delete=remove")));
    assertThat(names(verbs.apply(List.of(method("delete", "A"), method("remove", "B"))))).containsExactly("delete", "remove");
  }

  @Test
  void withoutTheOptionNothingChanges() {
    List<TreeMethod> methods = List.of(method("delete", "A"));
    assertThat(TreeVerbs.of(LanguageOptions.EMPTY).apply(methods)).isSameInstanceAs(methods);
    assertThat(TreeVerbs.OPTION.accepts("delete=remove")).isTrue();
    assertThat(TreeVerbs.OPTION.accepts("delete")).isFalse();
    assertThat(TreeVerbs.OPTION.accepts("Delete=remove")).isFalse();
  }
}
