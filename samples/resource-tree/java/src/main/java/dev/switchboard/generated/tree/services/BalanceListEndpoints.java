package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Balance;
import java.util.List;

/** Requests and response handling of {@link BalanceList}. */
@SuppressWarnings("deprecation")
final class BalanceListEndpoints {
  static final ResponseHandler<Balance> FETCH = ResponseHandler.json(Balance.class);

  private BalanceListEndpoints() {}

  static ApiRequest fetch(List<String> path) {
    return ApiRequest.builder("GET", "/v1/Accounts/{AccountSid}/Balance.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
