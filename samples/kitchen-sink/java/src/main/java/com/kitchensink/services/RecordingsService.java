package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.Recording;
import com.kitchensink.models.ReplaceRecordingMediaParams;
import com.kitchensink.models.UploadRecordingParams;
import java.io.InputStream;

/** Call recordings and media. */
public final class RecordingsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public RecordingsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Upload a recording (multipart, with a file and fields).
   *
   * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Recording upload(UploadRecordingParams params, RequestOptions options) {
    return withRawResponse.upload(params, options).body();
  }

  /**
   * Upload a recording (multipart, with a file and fields).
   *
   * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
   *
   * @param params the operation's parameters
   */
  public Recording upload(UploadRecordingParams params) {
    return upload(params, RequestOptions.none());
  }

  /**
   * Download raw audio.
   *
   * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public InputStream downloadMedia(DownloadRecordingMediaParams params, RequestOptions options) {
    return withRawResponse.downloadMedia(params, options).body();
  }

  /**
   * Download raw audio.
   *
   * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   */
  public InputStream downloadMedia(DownloadRecordingMediaParams params) {
    return downloadMedia(params, RequestOptions.none());
  }

  /**
   * Replace raw audio with an octet-stream body.
   *
   * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public void replaceMedia(ReplaceRecordingMediaParams params, RequestOptions options) {
    withRawResponse.replaceMedia(params, options);
  }

  /**
   * Replace raw audio with an octet-stream body.
   *
   * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   */
  public void replaceMedia(ReplaceRecordingMediaParams params) {
    replaceMedia(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Upload a recording (multipart, with a file and fields).
     *
     * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Recording> upload(UploadRecordingParams params, RequestOptions options) {
      return executor.execute(
          RecordingsEndpoints.upload(params), options, RecordingsEndpoints.UPLOAD);
    }

    /**
     * Upload a recording (multipart, with a file and fields).
     *
     * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Recording> upload(UploadRecordingParams params) {
      return upload(params, RequestOptions.none());
    }

    /**
     * Download raw audio.
     *
     * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<InputStream> downloadMedia(
        DownloadRecordingMediaParams params, RequestOptions options) {
      return executor.execute(
          RecordingsEndpoints.downloadMedia(params), options, RecordingsEndpoints.DOWNLOAD_MEDIA);
    }

    /**
     * Download raw audio.
     *
     * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<InputStream> downloadMedia(DownloadRecordingMediaParams params) {
      return downloadMedia(params, RequestOptions.none());
    }

    /**
     * Replace raw audio with an octet-stream body.
     *
     * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Void> replaceMedia(
        ReplaceRecordingMediaParams params, RequestOptions options) {
      return executor.execute(
          RecordingsEndpoints.replaceMedia(params), options, RecordingsEndpoints.REPLACE_MEDIA);
    }

    /**
     * Replace raw audio with an octet-stream body.
     *
     * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Void> replaceMedia(ReplaceRecordingMediaParams params) {
      return replaceMedia(params, RequestOptions.none());
    }
  }
}
