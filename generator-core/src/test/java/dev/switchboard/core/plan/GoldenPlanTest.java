package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.switchboard.core.testing.GoldenFiles;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kitchen sink's plan is committed as samples/kitchen-sink/plan.json; any change must be reviewed. */
class GoldenPlanTest {
  private static final Path GOLDEN = RepoPaths.samples().resolve("kitchen-sink/plan.json");

  private static String kitchenSinkPlan() {
    return PlanJson.write(Pipeline.plan(RepoPaths.kitchenSinkSpec()).plan());
  }

  @Test
  void matchesCommittedPlan() throws Exception {
    String actual = kitchenSinkPlan();
    if (GoldenFiles.updating()) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("plan differs from %s; rerun with -Dswitchboard.updateGolden=true and review the diff", GOLDEN)
        .that(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void isIdenticalWhenPlannedTwice() {
    assertThat(kitchenSinkPlan()).isEqualTo(kitchenSinkPlan());
  }
}
