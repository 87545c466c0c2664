package dev.switchboard.generated.tree.services;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.generated.tree.core.ApiRequest;
import dev.switchboard.generated.tree.core.ResponseHandler;
import dev.switchboard.generated.tree.models.Domain;
import java.util.List;

/** Requests and response handling of {@link DomainList}. */
@SuppressWarnings("deprecation")
final class DomainListEndpoints {
  static final ResponseHandler<List<Domain>> LIST =
      ResponseHandler.json(new TypeReference<List<Domain>>() {});

  private DomainListEndpoints() {}

  static ApiRequest list(List<String> path) {
    return ApiRequest.builder("GET", "/v1/Accounts/{AccountSid}/SIP/Domains.json")
        .pathParam("AccountSid", path.get(0), "basicAuth", "TREE_ACCOUNT_SID")
        .security(List.of(List.of("basicAuth")))
        .build();
  }
}
