package dev.switchboard.generated.tree.services;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.Paging;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Media;
import dev.switchboard.generated.tree.models.MediaListParams;
import dev.switchboard.generated.tree.models.MediaPage;
import java.util.List;

/** Requests and response handling of {@link MediaList}. */
@SuppressWarnings("deprecation")
final class MediaListEndpoints {
  static final ResponseHandler<MediaPage> LIST = ResponseHandler.json(MediaPage.class);

  static final Paging<Media> LIST_PAGING =
      Paging.nextUrl(
          new TypeReference<List<Media>>() {}, List.of("media_list"), List.of("next_page_uri"));

  private MediaListEndpoints() {}

  static ApiRequest list(List<String> path, MediaListParams params) {
    return ApiRequest.builder("GET", "/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .pathParam("MessageSid", path.get(1))
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
