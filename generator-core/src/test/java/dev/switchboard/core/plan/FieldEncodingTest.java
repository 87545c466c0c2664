package dev.switchboard.core.plan;

import static com.google.common.truth.Truth8.assertThat;

import dev.switchboard.core.ir.Parameter.Style;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldEncodingTest {
  private static Optional<String> word(Optional<Style> style, boolean explode) {
    return new FieldEncoding("f", style, explode, style.isEmpty() ? Optional.of("application/json") : Optional.empty()).formStyle();
  }

  @Test
  void everyRuntimeReadsOneWordPerStyle() {
    assertThat(word(Optional.of(Style.DEEP_OBJECT), true)).hasValue("deep");
    assertThat(word(Optional.of(Style.SPACE_DELIMITED), false)).hasValue("ssv");
    assertThat(word(Optional.of(Style.PIPE_DELIMITED), false)).hasValue("pipes");
    assertThat(word(Optional.of(Style.FORM), true)).hasValue("form");
    assertThat(word(Optional.of(Style.FORM), false)).hasValue("csv");
    assertThat(word(Optional.empty(), false)).isEmpty();
  }
}
