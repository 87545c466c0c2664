package dev.switchboard.cli;

import dev.switchboard.core.pipeline.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code generate} shows on standard error while it works. With {@code --verbose}, every
 * step's time; on a terminal, the steps that end once the run has taken more than a couple of
 * seconds (a quick run stays silent); otherwise, and with {@code --quiet}, nothing.
 */
final class ProgressPrinter implements Progress {
  /** Runs shorter than this show no progress on a terminal. */
  static final Duration PATIENCE = Duration.ofSeconds(2);

  enum Mode { QUIET, TERMINAL, VERBOSE }

  private final Mode mode;
  private final PrintWriter err;
  private final long started;

  ProgressPrinter(Mode mode, PrintWriter err) {
    this(mode, err, System.nanoTime());
  }

  /** A printer for a run that started at {@code started} ({@link System#nanoTime()}). */
  ProgressPrinter(Mode mode, PrintWriter err, long started) {
    this.mode = mode;
    this.err = err;
    this.started = started;
  }

  static Mode mode(boolean quiet, boolean verbose, boolean terminal) {
    if (verbose) {
      return Mode.VERBOSE;
    }
    return quiet || !terminal ? Mode.QUIET : Mode.TERMINAL;
  }

  @Override
  public void done(String step, Duration took) {
    if (mode == Mode.VERBOSE || mode == Mode.TERMINAL && elapsed().compareTo(PATIENCE) > 0) {
      err.println("switchboard: " + step + " " + seconds(took));
      err.flush();
    }
  }

  /** The whole run, printed last with {@code --verbose}. */
  void total() {
    if (mode == Mode.VERBOSE) {
      err.println("switchboard: total " + seconds(elapsed()));
      err.flush();
    }
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private static String seconds(Duration took) {
    return String.format(Locale.ROOT, "%.2f s", took.toNanos() / 1e9);
  }
}
