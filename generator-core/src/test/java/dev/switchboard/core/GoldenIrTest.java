package dev.switchboard.core;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.IrJson;
import dev.switchboard.core.testing.GoldenFiles;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kitchen sink's IR is committed as samples/kitchen-sink/ir.json; any change must be reviewed. */
class GoldenIrTest {
  private static final Path GOLDEN = RepoPaths.samples().resolve("kitchen-sink/ir.json");

  private static String kitchenSinkIr() {
    Path spec = RepoPaths.kitchenSinkSpec();
    return IrJson.write(Switchboard.load(spec, Pipeline.config(spec), new Diagnostics(spec.toString())));
  }

  @Test
  void matchesCommittedIr() throws Exception {
    String actual = kitchenSinkIr();
    if (GoldenFiles.updating()) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("IR differs from %s; rerun with -Dswitchboard.updateGolden=true and review the diff", GOLDEN)
        .that(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void isIdenticalWhenLoweredTwice() {
    assertThat(kitchenSinkIr()).isEqualTo(kitchenSinkIr());
  }
}
