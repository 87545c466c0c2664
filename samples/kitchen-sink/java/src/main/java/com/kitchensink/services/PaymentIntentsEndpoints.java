package com.kitchensink.services;

import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.ApiErrorBody;
import com.kitchensink.models.CreatePaymentIntentParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.PaymentIntent;
import com.kitchensink.models.UpdatePaymentIntentParams;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link PaymentIntentsService}. */
@SuppressWarnings("deprecation")
final class PaymentIntentsEndpoints {
  static final ResponseHandler<PaymentIntent> CREATE =
      ResponseHandler.json(PaymentIntent.class)
          .error("402", ApiErrorBody.class)
          .error("503", ErrorModel.class)
          .errorFields("402", List.of("error", "code"), List.of("error", "message"))
          .errorFields("503", List.of("code"), List.of("message"));

  static final ResponseHandler<PaymentIntent> UPDATE = ResponseHandler.json(PaymentIntent.class);

  private PaymentIntentsEndpoints() {}

  static ApiRequest create(CreatePaymentIntentParams params) {
    return ApiRequest.builder("POST", "/payment_intents")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(
            RequestBody.form(
                params.body(),
                Map.ofEntries(
                    Map.entry("payment_method_types", "deep"),
                    Map.entry("expand", "deep"),
                    Map.entry("metadata", "deep"),
                    Map.entry("shipping", "deep"))))
        .build();
  }

  static ApiRequest update(UpdatePaymentIntentParams params) {
    return ApiRequest.builder("POST", "/payment_intents/{intent}")
        .pathParam("intent", params.intent())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(
            RequestBody.form(
                params.body().orElse(null),
                Map.ofEntries(
                    Map.entry("payment_method_types", "csv"),
                    Map.entry("labels", "pipes"),
                    Map.entry("metadata", "form"))))
        .build();
  }
}
