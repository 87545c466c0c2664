package com.kitchensink.services;

import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.core.Rfc2822;
import com.kitchensink.models.CreateReminderParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.Reminder;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link RemindersService}. */
@SuppressWarnings("deprecation")
final class RemindersEndpoints {
  static final ResponseHandler<Reminder> CREATE =
      ResponseHandler.json(Reminder.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  private RemindersEndpoints() {}

  static ApiRequest create(CreateReminderParams params) {
    return ApiRequest.builder("POST", "/accounts/{AccountSid}/reminders")
        .pathParam("AccountSid", params.accountSid(), "accountAuth", "KITCHEN_SINK_USERNAME")
        .query("NotBefore", Rfc2822.text(params.notBefore()))
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(RequestBody.form(params.body(), Map.ofEntries(Map.entry("Repeat", "deep"))))
        .build();
  }
}
