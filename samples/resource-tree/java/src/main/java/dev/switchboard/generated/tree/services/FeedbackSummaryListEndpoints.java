package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.FeedbackSummary;
import java.util.List;

/** Requests and response handling of {@link FeedbackSummaryList}. */
@SuppressWarnings("deprecation")
final class FeedbackSummaryListEndpoints {
  static final ResponseHandler<FeedbackSummary> CREATE =
      ResponseHandler.json(FeedbackSummary.class);

  private FeedbackSummaryListEndpoints() {}

  static ApiRequest create(List<String> path) {
    return ApiRequest.builder("POST", "/v1/Accounts/{AccountSid}/Calls/FeedbackSummary.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
