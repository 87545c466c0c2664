package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Report;
import java.util.List;

/** Requests and response handling of {@link InboundList}. */
@SuppressWarnings("deprecation")
final class InboundListEndpoints {
  static final ResponseHandler<Report> FETCH = ResponseHandler.json(Report.class);

  private InboundListEndpoints() {}

  static ApiRequest fetch() {
    return ApiRequest.builder("GET", "/v1/Reports/Inbound.json")
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
