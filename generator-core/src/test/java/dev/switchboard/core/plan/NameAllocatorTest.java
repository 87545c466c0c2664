package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.ir.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAllocatorTest {
  @Test
  void givesTheWantedNameThenAlternativesThenNumbers() {
    NameAllocator names = new NameAllocator("api");
    assertThat(names.newName(Name.of("id"), "a").key()).isEqualTo("id");
    assertThat(names.newName(Name.of("ID"), List.of(Name.of("bodyId")), "b").key()).isEqualTo("body id");
    assertThat(names.newName(Name.of("id"), List.of(Name.of("bodyId")), "c").key()).isEqualTo("body id 2");
    assertThat(names.newName(Name.of("id"), "d").key()).isEqualTo("id 2");
    assertThat(names.get("b").key()).isEqualTo("body id");
    assertThat(names.renames()).containsExactly(
        new Rename("api", "id", "body id", "taken"),
        new Rename("api", "id", "body id 2", "taken"),
        new Rename("api", "id", "id 2", "taken")).inOrder();
  }

  @Test
  void scopesAreKeyedAndInheritReservedNamesOnly() {
    NameAllocator root = new NameAllocator("api").reserve(Name.of("constructor"));
    root.newName(Name.of("things"), "r");
    NameAllocator child = root.scope("r", "resource things");
    assertThat(root.scope("r", "ignored")).isSameInstanceAs(child);
    assertThat(child.newName(Name.of("things"), "m").key()).isEqualTo("things");
    assertThat(child.newName(Name.of("constructor"), "n").key()).isEqualTo("constructor 2");
    assertThat(root.renames()).containsExactly(new Rename("api/resource things", "constructor", "constructor 2", "reserved"));
  }

  @Test
  void aTagIsNamedOnce() {
    NameAllocator names = new NameAllocator("api");
    names.newName(Name.of("a"), "t");
    assertThrows(IllegalArgumentException.class, () -> names.newName(Name.of("b"), "t"));
    assertThrows(IllegalArgumentException.class, () -> names.get("missing"));
  }
}
