package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code fetchPetOwner}. */
public final class FetchPetOwnerParams {
  private final String petId;

  private FetchPetOwnerParams(Builder builder) {
    this.petId = builder.petId;
  }

  /** The path parameter {@code petId}. */
  public String petId() {
    return petId;
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
    if (!(other instanceof FetchPetOwnerParams)) {
      return false;
    }
    FetchPetOwnerParams that = (FetchPetOwnerParams) other;
    return Objects.equals(this.petId, that.petId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(petId);
  }

  @Override
  public String toString() {
    return "FetchPetOwnerParams{" + "petId=" + petId + "}";
  }

  /** Builds {@link FetchPetOwnerParams}. */
  public static final class Builder {
    private String petId;

    private Builder() {}

    private Builder(FetchPetOwnerParams source) {
      this.petId = source.petId;
    }

    /** The path parameter {@code petId}. */
    public Builder petId(String petId) {
      this.petId = Objects.requireNonNull(petId, "petId");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchPetOwnerParams build() {
      Checks.required(petId, "petId");
      return new FetchPetOwnerParams(this);
    }
  }
}
