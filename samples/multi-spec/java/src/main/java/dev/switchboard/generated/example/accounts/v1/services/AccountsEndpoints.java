package dev.switchboard.generated.example.accounts.v1.services;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.generated.example.accounts.v1.models.Account;
import dev.switchboard.generated.example.accounts.v1.models.FetchAccountParams;
import dev.switchboard.generated.example.accounts.v1.models.ListAccountsParams;
import dev.switchboard.generated.example.core.ApiRequest;
import dev.switchboard.generated.example.core.ResponseHandler;
import java.util.List;

/** Requests and response handling of {@link AccountsService}. */
@SuppressWarnings("deprecation")
final class AccountsEndpoints {
  static final ResponseHandler<List<Account>> LIST =
      ResponseHandler.json(new TypeReference<List<Account>>() {});

  static final ResponseHandler<Account> FETCH = ResponseHandler.json(Account.class);

  private AccountsEndpoints() {}

  static ApiRequest list(ListAccountsParams params) {
    return ApiRequest.builder("GET", "/accounts")
        .query("status", params.status())
        .security(List.of(List.of("basicAuth")))
        .build();
  }

  static ApiRequest fetch(FetchAccountParams params) {
    return ApiRequest.builder("GET", "/accounts/{id}")
        .pathParam("id", params.id())
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
