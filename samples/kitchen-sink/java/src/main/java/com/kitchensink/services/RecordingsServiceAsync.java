package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.Recording;
import com.kitchensink.models.ReplaceRecordingMediaParams;
import com.kitchensink.models.UploadRecordingParams;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Call recordings and media.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class RecordingsServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public RecordingsServiceAsync(HttpExecutor executor) {
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
  public CompletableFuture<Recording> upload(UploadRecordingParams params, RequestOptions options) {
    return withRawResponse.upload(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Upload a recording (multipart, with a file and fields).
   *
   * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Recording> upload(UploadRecordingParams params) {
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
  public CompletableFuture<InputStream> downloadMedia(
      DownloadRecordingMediaParams params, RequestOptions options) {
    return withRawResponse.downloadMedia(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Download raw audio.
   *
   * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<InputStream> downloadMedia(DownloadRecordingMediaParams params) {
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
  public CompletableFuture<Void> replaceMedia(
      ReplaceRecordingMediaParams params, RequestOptions options) {
    return withRawResponse.replaceMedia(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Replace raw audio with an octet-stream body.
   *
   * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Void> replaceMedia(ReplaceRecordingMediaParams params) {
    return replaceMedia(params, RequestOptions.none());
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
    public CompletableFuture<ApiResponse<Recording>> upload(
        UploadRecordingParams params, RequestOptions options) {
      return executor.executeAsync(
          RecordingsEndpoints.upload(params), options, RecordingsEndpoints.UPLOAD);
    }

    /**
     * Upload a recording (multipart, with a file and fields).
     *
     * <p><code>POST /calls/&#123;callId&#125;/recordings</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Recording>> upload(UploadRecordingParams params) {
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
    public CompletableFuture<ApiResponse<InputStream>> downloadMedia(
        DownloadRecordingMediaParams params, RequestOptions options) {
      return executor.executeAsync(
          RecordingsEndpoints.downloadMedia(params), options, RecordingsEndpoints.DOWNLOAD_MEDIA);
    }

    /**
     * Download raw audio.
     *
     * <p><code>GET /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<InputStream>> downloadMedia(
        DownloadRecordingMediaParams params) {
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
    public CompletableFuture<ApiResponse<Void>> replaceMedia(
        ReplaceRecordingMediaParams params, RequestOptions options) {
      return executor.executeAsync(
          RecordingsEndpoints.replaceMedia(params), options, RecordingsEndpoints.REPLACE_MEDIA);
    }

    /**
     * Replace raw audio with an octet-stream body.
     *
     * <p><code>PUT /recordings/&#123;recordingId&#125;/media</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Void>> replaceMedia(ReplaceRecordingMediaParams params) {
      return replaceMedia(params, RequestOptions.none());
    }
  }
}
