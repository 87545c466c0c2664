package test.hostile.models;

import java.util.Objects;
import java.util.Optional;
import test.hostile.core.Checks;

/** Parameters of {@code 2fa}. */
public final class _2faParams {
  private final String code;

  private final Long l;

  private _2faParams(Builder builder) {
    this.code = builder.code;
    this.l = builder.l;
  }

  /** The path parameter {@code code}. */
  public String code() {
    return code;
  }

  /** An ambiguous one-letter name (ruff E741). */
  public Optional<Long> l() {
    return Optional.ofNullable(l);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof _2faParams)) {
      return false;
    }
    _2faParams that = (_2faParams) other;
    return Objects.equals(this.code, that.code) && Objects.equals(this.l, that.l);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, l);
  }

  @Override
  public String toString() {
    return "_2faParams{" + "code=" + code + ", l=" + l + "}";
  }

  /** Builds {@link _2faParams}. */
  public static final class Builder {
    private String code;

    private Long l;

    private Builder() {}

    private Builder(_2faParams source) {
      this.code = source.code;
      this.l = source.l;
    }

    /** The path parameter {@code code}. */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** An ambiguous one-letter name (ruff E741). */
    public Builder l(long l) {
      this.l = l;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public _2faParams build() {
      Checks.required(code, "code");
      return new _2faParams(this);
    }
  }
}
