package dev.switchboard.core.diagnostics;

/** Thrown when the input cannot be turned into an SDK; the diagnostics say why. */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostics diagnostics;

  public SpecException(Diagnostics diagnostics) {
    super(diagnostics.count(Severity.ERROR) + " error(s) in " + diagnostics.file());
    this.diagnostics = diagnostics;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }
}
