package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.RequestBody;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Call;
import dev.switchboard.generated.tree.models.CallCreateParams;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link CallList}. */
@SuppressWarnings("deprecation")
final class CallListEndpoints {
  static final ResponseHandler<Call> CREATE = ResponseHandler.json(Call.class);

  private CallListEndpoints() {}

  static ApiRequest create(List<String> path, CallCreateParams params) {
    return ApiRequest.builder("POST", "/v1/Accounts/{AccountSid}/Calls.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .security(List.of(List.of("basicAuth")))
        .body(RequestBody.form(params.body(), Map.of()))
        .build();
  }
}
