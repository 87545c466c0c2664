package dev.switchboard.cli;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.Severity;
import java.io.PrintWriter;

/** Prints diagnostics sorted, one per line, followed by a count. */
final class Reporter {
  private Reporter() {}

  static void print(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic diagnostic : diagnostics.sorted()) {
      err.println(diagnostic.format());
    }
    long errors = diagnostics.count(Severity.ERROR);
    long warnings = diagnostics.count(Severity.WARNING);
    if (errors + warnings > 0) {
      err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
    }
    err.flush();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
