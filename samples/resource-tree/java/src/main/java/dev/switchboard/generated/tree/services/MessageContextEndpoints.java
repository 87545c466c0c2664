package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.RequestBody;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Message;
import dev.switchboard.generated.tree.models.MessageUpdateParams;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link MessageContext}. */
@SuppressWarnings("deprecation")
final class MessageContextEndpoints {
  static final ResponseHandler<Message> FETCH = ResponseHandler.json(Message.class);

  static final ResponseHandler<Message> UPDATE = ResponseHandler.json(Message.class);

  static final ResponseHandler<Boolean> DELETE = ResponseHandler.deleted();

  private MessageContextEndpoints() {}

  static ApiRequest fetch(List<String> path) {
    return ApiRequest.builder("GET", "/v1/Accounts/{AccountSid}/Messages/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("Sid", path.get(1))
        .security(List.of(List.of("basicAuth")))
        .build();
  }

  static ApiRequest update(List<String> path, MessageUpdateParams params) {
    return ApiRequest.builder("POST", "/v1/Accounts/{AccountSid}/Messages/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("Sid", path.get(1))
        .security(List.of(List.of("basicAuth")))
        .body(RequestBody.form(params.requestBody().orElse(null), Map.of()))
        .build();
  }

  static ApiRequest delete(List<String> path) {
    return ApiRequest.builder("DELETE", "/v1/Accounts/{AccountSid}/Messages/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("Sid", path.get(1))
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
