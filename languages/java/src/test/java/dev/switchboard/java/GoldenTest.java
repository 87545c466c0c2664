package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.GoldenFiles;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GoldenTest {
  @Test
  void kitchenSinkMatchesCommittedSdk() throws Exception {
    FileSet generated = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new JavaPlugin());
    GoldenFiles.assertMatches(generated, RepoPaths.samples().resolve("kitchen-sink/java"));
  }

  @Test
  void hostileNamesAndTextMatchCommittedSdk() throws Exception {
    FileSet generated = Pipeline.generate(RepoPaths.hostileSpec(), new JavaPlugin());
    GoldenFiles.assertMatches(generated, RepoPaths.samples().resolve("hostile/java"));
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    FileSet first = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new JavaPlugin());
    FileSet second = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new JavaPlugin());
    assertThat(second.files().keySet()).containsExactlyElementsIn(first.files().keySet()).inOrder();
    first.files().forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.files().get(path))).isTrue());
  }
}
