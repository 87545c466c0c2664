package dev.switchboard.cli;

/** Documented exit codes (also in the README and {@code switchboard --help}). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int SPEC_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int OUT_OF_DATE = 3;
  public static final int IO_ERROR = 4;
  /** {@code diff --fail-on}: some language has a change at least that severe. */
  public static final int CHANGES_FOUND = 5;

  private ExitCodes() {}
}
