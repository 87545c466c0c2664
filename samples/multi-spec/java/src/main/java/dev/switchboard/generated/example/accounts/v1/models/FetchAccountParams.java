package dev.switchboard.generated.example.accounts.v1.models;

import dev.switchboard.generated.example.core.Checks;
import java.util.Objects;

/** Parameters of {@code FetchAccount}. */
public final class FetchAccountParams {
  private final String id;

  private FetchAccountParams(Builder builder) {
    this.id = builder.id;
  }

  /** The path parameter {@code id}. */
  public String id() {
    return id;
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
    if (!(other instanceof FetchAccountParams)) {
      return false;
    }
    FetchAccountParams that = (FetchAccountParams) other;
    return Objects.equals(this.id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "FetchAccountParams{" + "id=" + id + "}";
  }

  /** Builds {@link FetchAccountParams}. */
  public static final class Builder {
    private String id;

    private Builder() {}

    private Builder(FetchAccountParams source) {
      this.id = source.id;
    }

    /** The path parameter {@code id}. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchAccountParams build() {
      Checks.required(id, "id");
      return new FetchAccountParams(this);
    }
  }
}
