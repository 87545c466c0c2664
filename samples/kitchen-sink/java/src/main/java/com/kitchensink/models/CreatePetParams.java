package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code createPet}. */
public final class CreatePetParams {
  private final Pet body;

  private CreatePetParams(Builder builder) {
    this.body = builder.body;
  }

  /** The request body. */
  public Pet body() {
    return body;
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
    if (!(other instanceof CreatePetParams)) {
      return false;
    }
    CreatePetParams that = (CreatePetParams) other;
    return Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body);
  }

  @Override
  public String toString() {
    return "CreatePetParams{" + "body=" + body + "}";
  }

  /** Builds {@link CreatePetParams}. */
  public static final class Builder {
    private Pet body;

    private Builder() {}

    private Builder(CreatePetParams source) {
      this.body = source.body;
    }

    /** Sets the request body ({@code application/json}). */
    public Builder body(Pet body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreatePetParams build() {
      Checks.required(body, "body");
      return new CreatePetParams(this);
    }
  }
}
