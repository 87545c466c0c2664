package com.kitchensink.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.Paging;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.FetchMessageParams;
import com.kitchensink.models.ListMessagesParams;
import com.kitchensink.models.Message;
import com.kitchensink.models.MessagePage;
import com.kitchensink.models.ValidationError;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link MessagesService}. */
@SuppressWarnings("deprecation")
final class MessagesEndpoints {
  static final ResponseHandler<MessagePage> LIST =
      ResponseHandler.json(MessagePage.class)
          .error("default", ErrorModel.class)
          .errorFields("default", List.of("code"), List.of("message"));

  static final Paging<Message> LIST_PAGING =
      Paging.nextUrl(
              new TypeReference<List<Message>>() {},
              List.of("messages"),
              List.of("meta", "next_page_url"))
          .pageSize("PageSize", 1000L);

  static final ResponseHandler<Message> CREATE =
      ResponseHandler.json(Message.class)
          .error("422", ValidationError.class)
          .error("429", ErrorModel.class)
          .error("default", ErrorModel.class)
          .errorFields("422", List.of("code"), List.of("message"))
          .errorFields("429", List.of("code"), List.of("message"))
          .errorFields("default", List.of("code"), List.of("message"));

  static final ResponseHandler<Message> FETCH =
      ResponseHandler.json(Message.class)
          .error("404", ErrorModel.class)
          .error("503", ErrorModel.class)
          .error("default", ErrorModel.class)
          .errorFields("404", List.of("code"), List.of("message"))
          .errorFields("503", List.of("code"), List.of("message"))
          .errorFields("default", List.of("code"), List.of("message"));

  private MessagesEndpoints() {}

  static ApiRequest list(ListMessagesParams params) {
    return ApiRequest.builder("GET", "/accounts/{accountSid}/messages")
        .pathParam("accountSid", params.accountSid())
        .query("To", params.to())
        .query("DateSent>", params.dateSentAfter())
        .query("Status", params.status())
        .query("PageSize", params.pageSize())
        .query("PageToken", params.pageToken())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest create(CreateMessageParams params) {
    return ApiRequest.builder("POST", "/accounts/{accountSid}/messages")
        .pathParam("accountSid", params.accountSid())
        .header("Idempotency-Key", params.idempotencyKey())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(RequestBody.form(params.requestBody(), Map.ofEntries(Map.entry("MediaUrl", "form"))))
        .build();
  }

  static ApiRequest fetch(FetchMessageParams params) {
    return ApiRequest.builder("GET", "/accounts/{accountSid}/messages/{messageSid}")
        .pathParam("accountSid", params.accountSid())
        .pathParam("messageSid", params.messageSid())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
