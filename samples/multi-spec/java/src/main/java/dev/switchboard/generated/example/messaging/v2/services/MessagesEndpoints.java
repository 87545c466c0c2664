package dev.switchboard.generated.example.messaging.v2.services;

import dev.switchboard.generated.example.core.ApiRequest;
import dev.switchboard.generated.example.core.RequestBody;
import dev.switchboard.generated.example.core.ResponseHandler;
import dev.switchboard.generated.example.messaging.v2.models.CreateMessageParams;
import dev.switchboard.generated.example.messaging.v2.models.FetchMessageParams;
import dev.switchboard.generated.example.messaging.v2.models.Message;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link MessagesService}. */
@SuppressWarnings("deprecation")
final class MessagesEndpoints {
  static final ResponseHandler<Message> CREATE = ResponseHandler.json(Message.class);

  static final ResponseHandler<Message> FETCH = ResponseHandler.json(Message.class);

  private MessagesEndpoints() {}

  static ApiRequest create(CreateMessageParams params) {
    return ApiRequest.builder("POST", "/v2/messages")
        .security(List.of(List.of("basicAuth")))
        .body(RequestBody.form(params.requestBody(), Map.of()))
        .build();
  }

  static ApiRequest fetch(FetchMessageParams params) {
    return ApiRequest.builder("GET", "/v2/messages/{sid}")
        .pathParam("sid", params.sid())
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
