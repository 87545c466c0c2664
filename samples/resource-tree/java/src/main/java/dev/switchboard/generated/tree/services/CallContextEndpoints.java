package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.RequestBody;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Call;
import dev.switchboard.generated.tree.models.CallUpdateParams;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link CallContext}. */
@SuppressWarnings("deprecation")
final class CallContextEndpoints {
  static final ResponseHandler<Call> UPDATE = ResponseHandler.json(Call.class);

  private CallContextEndpoints() {}

  static ApiRequest update(List<String> path, CallUpdateParams params) {
    return ApiRequest.builder("POST", "/v1/Accounts/{AccountSid}/Calls/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("Sid", path.get(1))
        .security(List.of(List.of("basicAuth")))
        .body(RequestBody.form(params.body().orElse(null), Map.of()))
        .build();
  }
}
