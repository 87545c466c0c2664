package com.kitchensink.models;

import com.kitchensink.core.Checks;
import com.kitchensink.core.UploadFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Parameters of {@code uploadRecording}. */
public final class UploadRecordingParams {
  private final Long callId;

  private final UploadRecordingRequest body;

  private UploadRecordingParams(Builder builder) {
    this.callId = builder.callId;
    this.body = builder.body.build();
  }

  /** The path parameter {@code callId}. */
  public long callId() {
    return callId;
  }

  /** The request body. */
  public UploadRecordingRequest body() {
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
    if (!(other instanceof UploadRecordingParams)) {
      return false;
    }
    UploadRecordingParams that = (UploadRecordingParams) other;
    return Objects.equals(this.callId, that.callId) && Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(callId, body);
  }

  @Override
  public String toString() {
    return "UploadRecordingParams{" + "callId=" + callId + ", body=" + body + "}";
  }

  /** Builds {@link UploadRecordingParams}. */
  public static final class Builder {
    private Long callId;

    private UploadRecordingRequest.Builder body = UploadRecordingRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(UploadRecordingParams source) {
      this.callId = source.callId;
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** The path parameter {@code callId}. */
    public Builder callId(long callId) {
      this.callId = callId;
      return this;
    }

    /** Sets every body property at once from a {@link UploadRecordingRequest}. */
    public Builder body(UploadRecordingRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code file}. */
    public Builder file(UploadFile file) {
      this.body.file(file);
      this.bodySet = true;
      return this;
    }

    /** Sets {@code file} from a {@code Path}. */
    public Builder file(Path file) {
      return file(UploadFile.of(file));
    }

    /** Sets {@code file} from a {@code byte[]}. */
    public Builder file(byte[] file) {
      return file(UploadFile.of(file));
    }

    /** Sets {@code file} from a {@code InputStream}. */
    public Builder file(InputStream file) {
      return file(UploadFile.of(file));
    }

    /** Sets the body property {@code label}. */
    public Builder label(String label) {
      this.body.label(label);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code channels}. */
    public Builder channels(UploadRecordingRequestChannels channels) {
      this.body.channels(channels);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code tags}. */
    public Builder tags(List<String> tags) {
      this.body.tags(tags);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public UploadRecordingParams build() {
      Checks.required(callId, "callId");
      return new UploadRecordingParams(this);
    }
  }
}
