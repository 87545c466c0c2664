package com.kitchensink.models;

import com.kitchensink.core.Checks;
import com.kitchensink.core.UploadFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/** Parameters of {@code replaceRecordingMedia}. */
public final class ReplaceRecordingMediaParams {
  private final String recordingId;

  private final UploadFile body;

  private ReplaceRecordingMediaParams(Builder builder) {
    this.recordingId = builder.recordingId;
    this.body = builder.body;
  }

  /** The path parameter {@code recordingId}. */
  public String recordingId() {
    return recordingId;
  }

  /** The request body. */
  public UploadFile body() {
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
    if (!(other instanceof ReplaceRecordingMediaParams)) {
      return false;
    }
    ReplaceRecordingMediaParams that = (ReplaceRecordingMediaParams) other;
    return Objects.equals(this.recordingId, that.recordingId)
        && Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordingId, body);
  }

  @Override
  public String toString() {
    return "ReplaceRecordingMediaParams{" + "recordingId=" + recordingId + ", body=" + body + "}";
  }

  /** Builds {@link ReplaceRecordingMediaParams}. */
  public static final class Builder {
    private String recordingId;

    private UploadFile body;

    private Builder() {}

    private Builder(ReplaceRecordingMediaParams source) {
      this.recordingId = source.recordingId;
      this.body = source.body;
    }

    /** The path parameter {@code recordingId}. */
    public Builder recordingId(String recordingId) {
      this.recordingId = Objects.requireNonNull(recordingId, "recordingId");
      return this;
    }

    /** Sets the request body ({@code application/octet-stream}). */
    public Builder body(UploadFile body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Sets {@code body} from a {@code Path}. */
    public Builder body(Path body) {
      return body(UploadFile.of(body));
    }

    /** Sets {@code body} from a {@code byte[]}. */
    public Builder body(byte[] body) {
      return body(UploadFile.of(body));
    }

    /** Sets {@code body} from a {@code InputStream}. */
    public Builder body(InputStream body) {
      return body(UploadFile.of(body));
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ReplaceRecordingMediaParams build() {
      Checks.required(recordingId, "recordingId");
      Checks.required(body, "body");
      return new ReplaceRecordingMediaParams(this);
    }
  }
}
