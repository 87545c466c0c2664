package dev.switchboard.core.release;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diff.Impact;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemVerTest {
  private static String next(String version, Impact impact) {
    return SemVer.parse("version", version).next(Optional.ofNullable(impact)).toString();
  }

  @Test
  void fromOneOnBreakingBumpsMajorFeatureMinorFixPatch() {
    assertThat(next("1.4.2", Impact.BREAKING)).isEqualTo("2.0.0");
    assertThat(next("1.4.2", Impact.FEATURE)).isEqualTo("1.5.0");
    assertThat(next("1.4.2", Impact.FIX)).isEqualTo("1.4.3");
    assertThat(next("1.4.2", null)).isEqualTo("1.4.2");
  }

  @Test
  void beforeOneBreakingBumpsMinorAndEverythingElsePatch() {
    assertThat(next("0.3.1", Impact.BREAKING)).isEqualTo("0.4.0");
    assertThat(next("0.3.1", Impact.FEATURE)).isEqualTo("0.3.2");
    assertThat(next("0.3.1", Impact.FIX)).isEqualTo("0.3.2");
  }

  @Test
  void aPreReleaseOrMalformedVersionIsRefusedWithWhatToDo() {
    for (String bad : new String[] {"1.0.0-rc.1", "1.0", "01.2.3", "1.2.3+build", "v1.2.3"}) {
      ConfigException e = assertThrows(ConfigException.class, () -> SemVer.parse("python option version", bad));
      assertThat(e).hasMessageThat().contains("python option version: '" + bad + "' is not a release version");
      assertThat(e).hasMessageThat().contains("set it to that version");
    }
  }
}
