package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Account;
import java.util.List;

/** Requests and response handling of {@link AccountContext}. */
@SuppressWarnings("deprecation")
final class AccountContextEndpoints {
  static final ResponseHandler<Account> FETCH = ResponseHandler.json(Account.class);

  private AccountContextEndpoints() {}

  static ApiRequest fetch(List<String> path) {
    return ApiRequest.builder("GET", "/v1/Accounts/{Sid}.json")
        .pathParam("Sid", path.get(0))
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
