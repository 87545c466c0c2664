package dev.switchboard.core.lower;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DottedNamesTest {
  @Test
  void aDottedNameKeepsItsLastSegment() {
    Map<String, String> names = DottedNames.of(List.of("api.v2010.account", "api.v2010.account.message",
        "api.v2010.account.message.media", "message_enum_status"));
    assertThat(names).containsExactly("api.v2010.account", "account", "api.v2010.account.message", "message",
        "api.v2010.account.message.media", "media", "message_enum_status", "message_enum_status");
  }

  @Test
  void clashingNamesTakeEarlierSegmentsUntilTheyDiffer() {
    Map<String, String> names = DottedNames.of(List.of("api.v2010.account.recording", "api.v2010.account.call.recording",
        "api.v2010.account.conference.recording", "io.k8s.api.core.v1.Event", "io.k8s.api.events.v1.Event"));
    assertThat(names).containsExactly("api.v2010.account.recording", "account.recording",
        "api.v2010.account.call.recording", "call.recording", "api.v2010.account.conference.recording",
        "conference.recording", "io.k8s.api.core.v1.Event", "core.v1.Event", "io.k8s.api.events.v1.Event",
        "events.v1.Event");
  }

  @Test
  void aTailSpelledLikeAnotherSchemaNameGrows() {
    Map<String, String> names = DottedNames.of(List.of("Pet", "com.acme.pet", "com.acme.Owner"));
    assertThat(names).containsExactly("Pet", "Pet", "com.acme.pet", "acme.pet", "com.acme.Owner", "Owner");
  }

  @Test
  void namesThatCannotDifferStayWhole() {
    // a.b clashes with b, then whole with a_b: the registry numbers what still clashes.
    Map<String, String> names = DottedNames.of(List.of("a.b", "a_b", "b"));
    assertThat(names).containsExactly("a.b", "a.b", "a_b", "a_b", "b", "b");
  }

  @Test
  void aNameWithOtherPunctuationIsNotAPathAndATailStartsWithALetter() {
    assertThat(DottedNames.of(List.of("a/../b", "v1.2"))).containsExactly("a/../b", "a/../b", "v1.2", "v1.2");
  }
}
