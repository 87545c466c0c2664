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

  /** The sample may add operations, tags and schemas, but keeps everything of the shared spec as is. */
  @Test
  void bundledSampleExtendsTheSharedConformanceSpec() throws Exception {
    Path shared = RepoPaths.shared().resolve("specs/conformance/kitchen-sink.yaml");
    assertWithMessage("shared conformance spec %s", shared).that(Files.isRegularFile(shared)).isTrue();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode sample = yaml.readTree(RepoPaths.kitchenSinkSpec().toFile());
    assertThat(missing(sample, yaml.readTree(shared.toFile()), "")).isEmpty();
  }

  /** JSON pointers of what {@code part} holds and {@code whole} lacks or changes; arrays may only grow at the end. */
  private static List<String> missing(JsonNode whole, JsonNode part, String pointer) {
    List<String> found = new ArrayList<>();
    if (part.isObject() && whole.isObject()) {
      part.fieldNames().forEachRemaining(name -> found.addAll(whole.has(name)
          ? missing(whole.get(name), part.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"))
          : List.of(pointer + "/" + name)));
    } else if (part.isArray() && whole.isArray() && whole.size() >= part.size()) {
      for (int i = 0; i < part.size(); i++) {
        found.addAll(missing(whole.get(i), part.get(i), pointer + "/" + i));
      }
    } else if (!part.equals(whole)) {
      found.add(pointer);
    }
    return found;
  }
}
