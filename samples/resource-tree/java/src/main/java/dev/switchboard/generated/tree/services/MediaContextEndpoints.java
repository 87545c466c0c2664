package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Media;
import java.util.List;

/** Requests and response handling of {@link MediaContext}. */
@SuppressWarnings("deprecation")
final class MediaContextEndpoints {
  static final ResponseHandler<Media> FETCH = ResponseHandler.json(Media.class);

  static final ResponseHandler<Boolean> DELETE = ResponseHandler.deleted();

  private MediaContextEndpoints() {}

  static ApiRequest fetch(List<String> path) {
    return ApiRequest.builder(
            "GET", "/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("MessageSid", path.get(1))
        .pathParam("Sid", path.get(2))
        .security(List.of(List.of("basicAuth")))
        .build();
  }

  static ApiRequest delete(List<String> path) {
    return ApiRequest.builder(
            "DELETE", "/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("MessageSid", path.get(1))
        .pathParam("Sid", path.get(2))
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
