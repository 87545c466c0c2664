package dev.switchboard.generated.tree.services;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.Paging;
import dev.switchboard.generated.tree.core.RequestBody;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Message;
import dev.switchboard.generated.tree.models.MessageCreateParams;
import dev.switchboard.generated.tree.models.MessageListParams;
import dev.switchboard.generated.tree.models.MessagePage;
import java.util.List;
import java.util.Map;

/** Requests and response handling of {@link MessageList}. */
@SuppressWarnings("deprecation")
final class MessageListEndpoints {
  static final ResponseHandler<MessagePage> LIST = ResponseHandler.json(MessagePage.class);

  static final Paging<Message> LIST_PAGING =
      Paging.nextUrl(
          new TypeReference<List<Message>>() {}, List.of("messages"), List.of("next_page_uri"));

  static final ResponseHandler<Message> CREATE = ResponseHandler.json(Message.class);

  private MessageListEndpoints() {}

  static ApiRequest list(List<String> path, MessageListParams params) {
    return ApiRequest.builder("GET", "/v1/Accounts/{AccountSid}/Messages.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .query("To", params.to())
        .query("PageSize", params.pageSize())
        .security(List.of(List.of("basicAuth")))
        .build();
  }

  static ApiRequest create(List<String> path, MessageCreateParams params) {
    return ApiRequest.builder("POST", "/v1/Accounts/{AccountSid}/Messages.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .security(List.of(List.of("basicAuth")))
        .body(RequestBody.form(params.requestBody(), Map.of()))
        .build();
  }
}
