package dev.switchboard.generated.example.accounts.v1.models;

import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code ListAccounts}. */
public final class ListAccountsParams {
  private final Status status;

  private ListAccountsParams(Builder builder) {
    this.status = builder.status;
  }

  /** The query parameter {@code status}. */
  public Optional<Status> status() {
    return Optional.ofNullable(status);
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
    if (!(other instanceof ListAccountsParams)) {
      return false;
    }
    ListAccountsParams that = (ListAccountsParams) other;
    return Objects.equals(this.status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status);
  }

  @Override
  public String toString() {
    return "ListAccountsParams{" + "status=" + status + "}";
  }

  /** Builds {@link ListAccountsParams}. */
  public static final class Builder {
    private Status status;

    private Builder() {}

    private Builder(ListAccountsParams source) {
      this.status = source.status;
    }

    /** The query parameter {@code status}. */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ListAccountsParams build() {
      return new ListAccountsParams(this);
    }
  }
}
