package com.kitchensink.services;

import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.EventStream;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.CreateMiscReservedWordsParams;
import com.kitchensink.models.ReservedWords;
import com.kitchensink.models.StatusEvent;
import com.kitchensink.models.Usage;
import java.util.List;

/** Requests and response handling of {@link MiscService}. */
@SuppressWarnings("deprecation")
final class MiscEndpoints {
  static final ResponseHandler<String> GET_HEALTH = ResponseHandler.text();

  static final ResponseHandler<ReservedWords> CREATE_RESERVED_WORDS =
      ResponseHandler.json(ReservedWords.class);

  static final ResponseHandler<Usage> GET_USAGE_MAPS = ResponseHandler.json(Usage.class);

  static final ResponseHandler<EventStream<StatusEvent>> STREAM_EVENTS =
      ResponseHandler.events(StatusEvent.class);

  private MiscEndpoints() {}

  static ApiRequest getHealth() {
    return ApiRequest.builder("GET", "/health").build();
  }

  static ApiRequest createReservedWords(CreateMiscReservedWordsParams params) {
    return ApiRequest.builder("POST", "/misc/reserved-words")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(RequestBody.json(params.body()))
        .build();
  }

  static ApiRequest getUsageMaps() {
    return ApiRequest.builder("GET", "/misc/maps")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest streamEvents() {
    return ApiRequest.builder("GET", "/misc/events")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
