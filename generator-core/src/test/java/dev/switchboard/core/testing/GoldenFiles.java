package dev.switchboard.core.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.output.OutputWriter;
import dev.switchboard.core.output.WriteReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Compares generated files with a committed folder, byte for byte, including files that should
 * no longer be there. Run tests with {@code -Dswitchboard.updateGolden=true} to rewrite them.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  public static boolean updating() {
    return Boolean.getBoolean("switchboard.updateGolden");
  }

  public static void assertMatches(FileSet generated, Path committed) throws IOException {
    OutputWriter writer = new OutputWriter(committed);
    if (updating()) {
      writer.write(generated);
      return;
    }
    WriteReport report = writer.check(generated);
    assertWithMessage("files differ from %s; rerun with -Dswitchboard.updateGolden=true and review the diff\n"
            + "created: %s\nupdated: %s\ndeleted: %s", committed, report.created(), report.updated(), report.deleted())
        .that(report.changed()).isFalse();
  }
}
