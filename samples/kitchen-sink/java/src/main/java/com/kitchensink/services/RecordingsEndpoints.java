package com.kitchensink.services;

import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.Multipart;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.Recording;
import com.kitchensink.models.ReplaceRecordingMediaParams;
import com.kitchensink.models.UploadRecordingParams;
import com.kitchensink.models.UploadRecordingRequest;
import java.io.InputStream;
import java.util.List;

/** Requests and response handling of {@link RecordingsService}. */
@SuppressWarnings("deprecation")
final class RecordingsEndpoints {
  static final ResponseHandler<Recording> UPLOAD =
      ResponseHandler.json(Recording.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<InputStream> DOWNLOAD_MEDIA =
      ResponseHandler.binary()
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<Void> REPLACE_MEDIA = ResponseHandler.empty();

  private RecordingsEndpoints() {}

  static ApiRequest upload(UploadRecordingParams params) {
    return ApiRequest.builder("POST", "/calls/{callId}/recordings")
        .pathParam("callId", params.callId())
        .server("https://media.kitchensink.test/v1")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(uploadMultipart(params.body()))
        .build();
  }

  private static RequestBody uploadMultipart(UploadRecordingRequest body) {
    if (body == null) {
      return null;
    }
    return Multipart.builder()
        .file("file", body.file(), "audio/wav")
        .field("label", body.label())
        .field("channels", body.channels())
        .field("tags", body.tags())
        .build();
  }

  static ApiRequest downloadMedia(DownloadRecordingMediaParams params) {
    return ApiRequest.builder("GET", "/recordings/{recordingId}/media")
        .pathParam("recordingId", params.recordingId())
        .security(List.of(List.of("apiKeyAuth")))
        .build();
  }

  static ApiRequest replaceMedia(ReplaceRecordingMediaParams params) {
    return ApiRequest.builder("PUT", "/recordings/{recordingId}/media")
        .pathParam("recordingId", params.recordingId())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .body(RequestBody.binary(params.body(), "application/octet-stream"))
        .build();
  }
}
