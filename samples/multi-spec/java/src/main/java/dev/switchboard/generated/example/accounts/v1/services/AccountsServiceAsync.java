package dev.switchboard.generated.example.accounts.v1.services;

import dev.switchboard.generated.example.accounts.v1.models.Account;
import dev.switchboard.generated.example.accounts.v1.models.FetchAccountParams;
import dev.switchboard.generated.example.accounts.v1.models.ListAccountsParams;
import dev.switchboard.generated.example.core.ApiResponse;
import dev.switchboard.generated.example.core.HttpExecutor;
import dev.switchboard.generated.example.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Operations on {@code Accounts}.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class AccountsServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public AccountsServiceAsync(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<List<Account>> list(ListAccountsParams params, RequestOptions options) {
    return withRawResponse.list(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<List<Account>> list(ListAccountsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   */
  public CompletableFuture<List<Account>> list() {
    return list(ListAccountsParams.builder().build(), RequestOptions.none());
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /accounts/&#123;id&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<Account> fetch(FetchAccountParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /accounts/&#123;id&#125;</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Account> fetch(FetchAccountParams params) {
    return fetch(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Lists the accounts.
     *
     * <p><code>GET /accounts</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<List<Account>>> list(
        ListAccountsParams params, RequestOptions options) {
      return executor.executeAsync(AccountsEndpoints.list(params), options, AccountsEndpoints.LIST);
    }

    /**
     * Lists the accounts.
     *
     * <p><code>GET /accounts</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<List<Account>>> list(ListAccountsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists the accounts.
     *
     * <p><code>GET /accounts</code>
     */
    public CompletableFuture<ApiResponse<List<Account>>> list() {
      return list(ListAccountsParams.builder().build(), RequestOptions.none());
    }

    /**
     * Fetches an account.
     *
     * <p><code>GET /accounts/&#123;id&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Account>> fetch(
        FetchAccountParams params, RequestOptions options) {
      return executor.executeAsync(
          AccountsEndpoints.fetch(params), options, AccountsEndpoints.FETCH);
    }

    /**
     * Fetches an account.
     *
     * <p><code>GET /accounts/&#123;id&#125;</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Account>> fetch(FetchAccountParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
