package test.hostile.models;

import java.util.Objects;
import java.util.Optional;
import test.hostile.core.Checks;

/** Parameters of {@code get_thing}. */
public final class GetThingParams {
  private final String thingId;

  private final String class_;

  private GetThingParams(Builder builder) {
    this.thingId = builder.thingId;
    this.class_ = builder.class_;
  }

  /** Id """" four quotes */
  public String thingId() {
    return thingId;
  }

  /** '''single''' and "double" quotes */
  public Optional<String> class_() {
    return Optional.ofNullable(class_);
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
    if (!(other instanceof GetThingParams)) {
      return false;
    }
    GetThingParams that = (GetThingParams) other;
    return Objects.equals(this.thingId, that.thingId) && Objects.equals(this.class_, that.class_);
  }

  @Override
  public int hashCode() {
    return Objects.hash(thingId, class_);
  }

  @Override
  public String toString() {
    return "GetThingParams{" + "thingId=" + thingId + ", class_=" + class_ + "}";
  }

  /** Builds {@link GetThingParams}. */
  public static final class Builder {
    private String thingId;

    private String class_;

    private Builder() {}

    private Builder(GetThingParams source) {
      this.thingId = source.thingId;
      this.class_ = source.class_;
    }

    /** Id """" four quotes */
    public Builder thingId(String thingId) {
      this.thingId = Objects.requireNonNull(thingId, "thingId");
      return this;
    }

    /** '''single''' and "double" quotes */
    public Builder class_(String class_) {
      this.class_ = Objects.requireNonNull(class_, "class_");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public GetThingParams build() {
      Checks.required(thingId, "thingId");
      return new GetThingParams(this);
    }
  }
}
