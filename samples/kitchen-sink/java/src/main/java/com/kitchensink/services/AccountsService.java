package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.Account;
import com.kitchensink.models.DeleteAccountParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.UpdateAccountParams;

/** Accounts and their settings. */
public final class AccountsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public AccountsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetch one account.
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Account fetch(FetchAccountParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).body();
  }

  /**
   * Fetch one account.
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Account fetch(FetchAccountParams params) {
    return fetch(params, RequestOptions.none());
  }

  /**
   * Update an account (form-encoded, Twilio style).
   *
   * <p><code>POST /accounts/&#123;accountSid&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Account update(UpdateAccountParams params, RequestOptions options) {
    return withRawResponse.update(params, options).body();
  }

  /**
   * Update an account (form-encoded, Twilio style).
   *
   * <p><code>POST /accounts/&#123;accountSid&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Account update(UpdateAccountParams params) {
    return update(params, RequestOptions.none());
  }

  /**
   * Close an account.
   *
   * <p><code>DELETE /accounts/&#123;accountSid&#125;</code>
   *
   * @deprecated the API marks this operation as deprecated
   * @param params the operation's parameters
   * @param options settings for this call only
   * @return whether the server deleted: false when it answered 202 Accepted (queued, not yet done)
   */
  @Deprecated
  public boolean delete(DeleteAccountParams params, RequestOptions options) {
    return withRawResponse.delete(params, options).body();
  }

  /**
   * Close an account.
   *
   * <p><code>DELETE /accounts/&#123;accountSid&#125;</code>
   *
   * @deprecated the API marks this operation as deprecated
   * @param params the operation's parameters
   * @return whether the server deleted: false when it answered 202 Accepted (queued, not yet done)
   */
  @Deprecated
  public boolean delete(DeleteAccountParams params) {
    return delete(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Fetch one account.
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Account> fetch(FetchAccountParams params, RequestOptions options) {
      return executor.execute(AccountsEndpoints.fetch(params), options, AccountsEndpoints.FETCH);
    }

    /**
     * Fetch one account.
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Account> fetch(FetchAccountParams params) {
      return fetch(params, RequestOptions.none());
    }

    /**
     * Update an account (form-encoded, Twilio style).
     *
     * <p><code>POST /accounts/&#123;accountSid&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Account> update(UpdateAccountParams params, RequestOptions options) {
      return executor.execute(AccountsEndpoints.update(params), options, AccountsEndpoints.UPDATE);
    }

    /**
     * Update an account (form-encoded, Twilio style).
     *
     * <p><code>POST /accounts/&#123;accountSid&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Account> update(UpdateAccountParams params) {
      return update(params, RequestOptions.none());
    }

    /**
     * Close an account.
     *
     * <p><code>DELETE /accounts/&#123;accountSid&#125;</code>
     *
     * @deprecated the API marks this operation as deprecated
     * @param params the operation's parameters
     * @param options settings for this call only
     * @return the response, whose body says whether the server deleted: false when it answered 202
     *     Accepted (queued, not yet done)
     */
    @Deprecated
    public ApiResponse<Boolean> delete(DeleteAccountParams params, RequestOptions options) {
      return executor.execute(AccountsEndpoints.delete(params), options, AccountsEndpoints.DELETE);
    }

    /**
     * Close an account.
     *
     * <p><code>DELETE /accounts/&#123;accountSid&#125;</code>
     *
     * @deprecated the API marks this operation as deprecated
     * @param params the operation's parameters
     * @return the response, whose body says whether the server deleted: false when it answered 202
     *     Accepted (queued, not yet done)
     */
    @Deprecated
    public ApiResponse<Boolean> delete(DeleteAccountParams params) {
      return delete(params, RequestOptions.none());
    }
  }
}
