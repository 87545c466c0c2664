package com.kitchensink.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.Paging;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.Call;
import com.kitchensink.models.CallList;
import com.kitchensink.models.CreateCallParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.FetchCallParams;
import com.kitchensink.models.ListCallsParams;
import java.util.List;

/** Requests and response handling of {@link CallsService}. */
@SuppressWarnings("deprecation")
final class CallsEndpoints {
  static final ResponseHandler<CallList> LIST =
      ResponseHandler.json(CallList.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final Paging<Call> LIST_PAGING =
      Paging.cursor(
          new TypeReference<List<Call>>() {},
          List.of("data"),
          "cursor",
          List.of("next_cursor"),
          List.of("has_more"));

  static final ResponseHandler<Call> CREATE =
      ResponseHandler.json(Call.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<Call> FETCH =
      ResponseHandler.json(Call.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  private CallsEndpoints() {}

  static ApiRequest list(ListCallsParams params) {
    return ApiRequest.builder("GET", "/calls")
        .query("cursor", params.cursor())
        .query("limit", params.limit())
        .query("status", params.status())
        .query("fields", params.fields(), ApiRequest.Style.FORM, false)
        .header("X-Request-Trace", params.xRequestTrace())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest create(CreateCallParams params) {
    return ApiRequest.builder("POST", "/calls")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .body(RequestBody.json(params.body()))
        .build();
  }

  static ApiRequest fetch(FetchCallParams params) {
    return ApiRequest.builder("GET", "/calls/{callId}")
        .pathParam("callId", params.callId())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
