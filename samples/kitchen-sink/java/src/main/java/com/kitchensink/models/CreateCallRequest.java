package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.kitchensink.core.Checks;
import com.kitchensink.core.JsonModel;
import com.kitchensink.core.Mismatches;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code CreateCallRequest} object. */
@JsonModel
@JsonDeserialize(builder = CreateCallRequest.Builder.class)
@JsonPropertyOrder({
  "to",
  "from",
  "machine_detection",
  "correlation_id",
  "caller_name",
  "tags",
  "trace_id"
})
public final class CreateCallRequest {
  private final String to;

  private final String from;

  private final CreateCallRequestMachineDetection machineDetection;

  private final Long correlationId;

  private final Optional<String> callerName;

  private final List<String> tags;

  private final String traceId;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateCallRequest(Builder builder) {
    this.to = builder.to;
    this.from = builder.from;
    this.machineDetection = builder.machineDetection;
    this.correlationId = builder.correlationId;
    this.callerName = builder.callerName;
    this.tags = Checks.copy(builder.tags);
    this.traceId = builder.traceId;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code to} property. */
  public String to() {
    return Checks.decoded(to, "to");
  }

  @JsonProperty(value = "to", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The {@code from} property. */
  public String from() {
    return Checks.decoded(from, "from");
  }

  @JsonProperty(value = "from", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
  }

  /** Inline object; the generator must give it a stable name. */
  public Optional<CreateCallRequestMachineDetection> machineDetection() {
    return Optional.ofNullable(machineDetection);
  }

  @JsonProperty("machine_detection")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private CreateCallRequestMachineDetection _machineDetection() {
    return machineDetection;
  }

  /** The {@code correlation_id} property. */
  public Optional<Long> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  @JsonProperty("correlation_id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _correlationId() {
    return correlationId;
  }

  /** Send null to clear the caller name; leave absent to keep it. */
  public Optional<String> callerName() {
    return Checks.present(callerName);
  }

  @JsonProperty("caller_name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _callerName() {
    return Checks.nullable(callerName);
  }

  /** The {@code tags} property. */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(tags);
  }

  @JsonProperty("tags")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _tags() {
    return tags;
  }

  /** The {@code trace_id} property. */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  @JsonProperty("trace_id")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _traceId() {
    return traceId;
  }

  /** Properties the API sent that this version of the SDK does not know. */
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties == null ? Map.of() : additionalProperties;
  }

  @JsonAnyGetter
  private Map<String, JsonNode> _additionalProperties() {
    return additionalProperties();
  }

  /**
   * Properties the API sent with a value of another type than declared, as received; their getters
   * read them as absent.
   */
  public Map<String, JsonNode> mismatchedProperties() {
    return mismatchedProperties == null ? Map.of() : mismatchedProperties;
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CreateCallRequest)) {
      return false;
    }
    CreateCallRequest that = (CreateCallRequest) other;
    return Objects.equals(this.to, that.to)
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.machineDetection, that.machineDetection)
        && Objects.equals(this.correlationId, that.correlationId)
        && Objects.equals(this.callerName, that.callerName)
        && Objects.equals(this.tags, that.tags)
        && Objects.equals(this.traceId, that.traceId)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        to,
        from,
        machineDetection,
        correlationId,
        callerName,
        tags,
        traceId,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateCallRequest{"
        + "to="
        + to
        + ", from="
        + from
        + ", machineDetection="
        + machineDetection
        + ", correlationId="
        + correlationId
        + ", callerName="
        + callerName
        + ", tags="
        + tags
        + ", traceId="
        + traceId
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateCallRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String to;

    private String from;

    private CreateCallRequestMachineDetection machineDetection;

    private Long correlationId;

    private Optional<String> callerName;

    private List<String> tags;

    private String traceId;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateCallRequest source) {
      this.to = source.to;
      this.from = source.from;
      this.machineDetection = source.machineDetection;
      this.correlationId = source.correlationId;
      this.callerName = source.callerName;
      this.tags = source.tags;
      this.traceId = source.traceId;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code to}. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    @JsonProperty("to")
    private Builder _to(String value) {
      this.to = value;
      return this;
    }

    /** Sets {@code from}. */
    public Builder from(String from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    @JsonProperty("from")
    private Builder _from(String value) {
      this.from = value;
      return this;
    }

    /** Inline object; the generator must give it a stable name. */
    public Builder machineDetection(CreateCallRequestMachineDetection machineDetection) {
      this.machineDetection = Objects.requireNonNull(machineDetection, "machineDetection");
      return this;
    }

    @JsonProperty("machine_detection")
    private Builder _machineDetection(CreateCallRequestMachineDetection value) {
      this.machineDetection = value;
      return this;
    }

    /** Sets {@code correlation_id}. */
    public Builder correlationId(long correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    @JsonProperty("correlation_id")
    private Builder _correlationId(Long value) {
      this.correlationId = value;
      return this;
    }

    /**
     * Send null to clear the caller name; leave absent to keep it.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder callerName(String callerName) {
      this.callerName = Optional.ofNullable(callerName);
      return this;
    }

    @JsonProperty("caller_name")
    private Builder _callerName(String value) {
      this.callerName = Optional.ofNullable(value);
      return this;
    }

    /** Sets {@code tags}. */
    public Builder tags(List<String> tags) {
      this.tags = Objects.requireNonNull(tags, "tags");
      return this;
    }

    @JsonProperty("tags")
    private Builder _tags(List<String> value) {
      this.tags = value;
      return this;
    }

    /** Sets {@code trace_id}. */
    public Builder traceId(String traceId) {
      this.traceId = Objects.requireNonNull(traceId, "traceId");
      return this;
    }

    @JsonProperty("trace_id")
    private Builder _traceId(String value) {
      this.traceId = value;
      return this;
    }

    /** Sends a property this SDK does not declare. */
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    @JsonAnySetter
    private void _putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
    }

    @Override
    public Builder putMismatchedProperty(String name, JsonNode value) {
      mismatchedProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Builds the value; fails naming the first required property that is not set. */
    public CreateCallRequest build() {
      Checks.required(to, "to");
      Checks.required(from, "from");
      return new CreateCallRequest(this);
    }

    private CreateCallRequest _build() {
      return new CreateCallRequest(this);
    }
  }
}
