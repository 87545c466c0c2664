package com.kitchensink.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.kitchensink.core.ApiRequest;
import com.kitchensink.core.Paging;
import com.kitchensink.core.RequestBody;
import com.kitchensink.core.ResponseHandler;
import com.kitchensink.models.CreatePetParams;
import com.kitchensink.models.FetchPetOwnerParams;
import com.kitchensink.models.FetchPetOwnerResponse;
import com.kitchensink.models.ListPetsParams;
import com.kitchensink.models.ListPetsResponse;
import com.kitchensink.models.Pet;
import java.util.List;

/** Requests and response handling of {@link PetsService}. */
@SuppressWarnings("deprecation")
final class PetsEndpoints {
  static final ResponseHandler<ListPetsResponse> LIST =
      ResponseHandler.json(ListPetsResponse.class);

  static final Paging<Pet> LIST_PAGING =
      Paging.offset(new TypeReference<List<Pet>>() {}, List.of("pets"), "offset", "limit")
          .pageSize("limit", 100L);

  static final ResponseHandler<Pet> CREATE = ResponseHandler.json(Pet.class);

  static final ResponseHandler<FetchPetOwnerResponse> FETCH_OWNER =
      ResponseHandler.json(FetchPetOwnerResponse.class);

  private PetsEndpoints() {}

  static ApiRequest list(ListPetsParams params) {
    return ApiRequest.builder("GET", "/pets")
        .query("offset", params.offset())
        .query("limit", params.limit())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }

  static ApiRequest create(CreatePetParams params) {
    return ApiRequest.builder("POST", "/pets")
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .idempotencyHeader("Idempotency-Key")
        .body(RequestBody.json(params.body()))
        .build();
  }

  static ApiRequest fetchOwner(FetchPetOwnerParams params) {
    return ApiRequest.builder("GET", "/pets/{petId}/owner")
        .pathParam("petId", params.petId())
        .security(List.of(List.of("accountAuth"), List.of("bearerAuth")))
        .build();
  }
}
