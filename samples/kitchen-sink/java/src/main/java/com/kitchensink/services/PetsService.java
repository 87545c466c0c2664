package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.Page;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreatePetParams;
import com.kitchensink.models.FetchPetOwnerParams;
import com.kitchensink.models.FetchPetOwnerResponse;
import com.kitchensink.models.ListPetsParams;
import com.kitchensink.models.ListPetsResponse;
import com.kitchensink.models.Pet;

/** Polymorphism corner of the API (oneOf, anyOf, allOf). */
public final class PetsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public PetsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List pets (offset pagination, discriminated union items).
   *
   * <p><code>GET /pets</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Pet> list(ListPetsParams params, RequestOptions options) {
    return executor.page(
        PetsEndpoints.list(params),
        options,
        PetsEndpoints.LIST,
        PetsEndpoints.LIST_PAGING,
        params.maxItems().orElse(0));
  }

  /**
   * List pets (offset pagination, discriminated union items).
   *
   * <p><code>GET /pets</code>
   *
   * @param params the operation's parameters
   */
  public Page<Pet> list(ListPetsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List pets (offset pagination, discriminated union items).
   *
   * <p><code>GET /pets</code>
   */
  public Page<Pet> list() {
    return list(ListPetsParams.builder().build(), RequestOptions.none());
  }

  /**
   * Calls {@code createPet}.
   *
   * <p><code>POST /pets</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Pet create(CreatePetParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Calls {@code createPet}.
   *
   * <p><code>POST /pets</code>
   *
   * @param params the operation's parameters
   */
  public Pet create(CreatePetParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Owner is either a person or an organisation (anyOf, no discriminator).
   *
   * <p><code>GET /pets/&#123;petId&#125;/owner</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public FetchPetOwnerResponse fetchOwner(FetchPetOwnerParams params, RequestOptions options) {
    return withRawResponse.fetchOwner(params, options).body();
  }

  /**
   * Owner is either a person or an organisation (anyOf, no discriminator).
   *
   * <p><code>GET /pets/&#123;petId&#125;/owner</code>
   *
   * @param params the operation's parameters
   */
  public FetchPetOwnerResponse fetchOwner(FetchPetOwnerParams params) {
    return fetchOwner(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * List pets (offset pagination, discriminated union items).
     *
     * <p><code>GET /pets</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<ListPetsResponse> list(ListPetsParams params, RequestOptions options) {
      return executor.execute(PetsEndpoints.list(params), options, PetsEndpoints.LIST);
    }

    /**
     * List pets (offset pagination, discriminated union items).
     *
     * <p><code>GET /pets</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<ListPetsResponse> list(ListPetsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * List pets (offset pagination, discriminated union items).
     *
     * <p><code>GET /pets</code>
     */
    public ApiResponse<ListPetsResponse> list() {
      return list(ListPetsParams.builder().build(), RequestOptions.none());
    }

    /**
     * Calls {@code createPet}.
     *
     * <p><code>POST /pets</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Pet> create(CreatePetParams params, RequestOptions options) {
      return executor.execute(PetsEndpoints.create(params), options, PetsEndpoints.CREATE);
    }

    /**
     * Calls {@code createPet}.
     *
     * <p><code>POST /pets</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Pet> create(CreatePetParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Owner is either a person or an organisation (anyOf, no discriminator).
     *
     * <p><code>GET /pets/&#123;petId&#125;/owner</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<FetchPetOwnerResponse> fetchOwner(
        FetchPetOwnerParams params, RequestOptions options) {
      return executor.execute(PetsEndpoints.fetchOwner(params), options, PetsEndpoints.FETCH_OWNER);
    }

    /**
     * Owner is either a person or an organisation (anyOf, no discriminator).
     *
     * <p><code>GET /pets/&#123;petId&#125;/owner</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<FetchPetOwnerResponse> fetchOwner(FetchPetOwnerParams params) {
      return fetchOwner(params, RequestOptions.none());
    }
  }
}
