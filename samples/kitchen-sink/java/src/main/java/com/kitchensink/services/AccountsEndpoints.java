package com.kitchensink.services;

import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.Account;
import com.kitchensink.models.DeleteAccountParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.UpdateAccountParams;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link AccountsService}. */
@SuppressWarnings("deprecation")
final class AccountsEndpoints {
  static final ResponseHandler<Account> FETCH =
      ResponseHandler.json(Account.class)
          .error("404", ErrorModel.class)
          .error("default", ErrorModel.class)
          .errorFields("404", List.of("code"), List.of("message"))
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<Account> UPDATE =
      ResponseHandler.json(Account.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<Boolean> DELETE =
      ResponseHandler.deleted()
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  private AccountsEndpoints() {}

  static ApiRequest fetch(FetchAccountParams params) {
    return ApiRequest.builder("GET", "/accounts/{accountSid}")
        .pathParam("accountSid", params.accountSid())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest update(UpdateAccountParams params) {
    return ApiRequest.builder("POST", "/accounts/{accountSid}")
        .pathParam("accountSid", params.accountSid())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(
            RequestBody.form(
                params.body(), Map.ofEntries(Map.entry("StatusCallbackEvent", "form"))))
        .build();
  }

  static ApiRequest delete(DeleteAccountParams params) {
    return ApiRequest.builder("DELETE", "/accounts/{accountSid}")
        .pathParam("accountSid", params.accountSid())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
