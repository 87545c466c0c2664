package dev.switchboard.core.config;

/** A problem with switchboard.yaml or another usage error, reported without a stack trace. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
