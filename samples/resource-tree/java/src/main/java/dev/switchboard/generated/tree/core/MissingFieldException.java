package dev.switchboard.generated.tree.core;

/**
 * A required property read on a decoded response that did not carry a value of its type: the
 * property was missing, or its value did not match (see the model's {@code
 * mismatchedProperties()}).
 */
public final class MissingFieldException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;

  public MissingFieldException(String property) {
    super(
        "`"
            + property
            + "` is required but the response did not carry it or carried a value of another type"
            + " (see mismatchedProperties())");
    this.property = property;
  }

  /** The property's wire name. */
  public String property() {
    return property;
  }
}
