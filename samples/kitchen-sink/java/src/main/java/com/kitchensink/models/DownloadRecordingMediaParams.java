package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code downloadRecordingMedia}. */
public final class DownloadRecordingMediaParams {
  private final String recordingId;

  private DownloadRecordingMediaParams(Builder builder) {
    this.recordingId = builder.recordingId;
  }

  /** The path parameter {@code recordingId}. */
  public String recordingId() {
    return recordingId;
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
    if (!(other instanceof DownloadRecordingMediaParams)) {
      return false;
    }
    DownloadRecordingMediaParams that = (DownloadRecordingMediaParams) other;
    return Objects.equals(this.recordingId, that.recordingId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordingId);
  }

  @Override
  public String toString() {
    return "DownloadRecordingMediaParams{" + "recordingId=" + recordingId + "}";
  }

  /** Builds {@link DownloadRecordingMediaParams}. */
  public static final class Builder {
    private String recordingId;

    private Builder() {}

    private Builder(DownloadRecordingMediaParams source) {
      this.recordingId = source.recordingId;
    }

    /** The path parameter {@code recordingId}. */
    public Builder recordingId(String recordingId) {
      this.recordingId = Objects.requireNonNull(recordingId, "recordingId");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public DownloadRecordingMediaParams build() {
      Checks.required(recordingId, "recordingId");
      return new DownloadRecordingMediaParams(this);
    }
  }
}
