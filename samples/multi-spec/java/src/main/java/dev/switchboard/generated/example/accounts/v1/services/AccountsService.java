package dev.switchboard.generated.example.accounts.v1.services;

import dev.switchboard.generated.example.accounts.v1.models.Account;
import dev.switchboard.generated.example.accounts.v1.models.FetchAccountParams;
import dev.switchboard.generated.example.accounts.v1.models.ListAccountsParams;
import dev.switchboard.generated.example.core.ApiResponse;
import dev.switchboard.generated.example.core.HttpExecutor;
import dev.switchboard.generated.example.core.RequestOptions;
import java.util.List;

/** Operations on {@code Accounts}. */
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
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public List<Account> list(ListAccountsParams params, RequestOptions options) {
    return withRawResponse.list(params, options).body();
  }

  /**
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   *
   * @param params the operation's parameters
   */
  public List<Account> list(ListAccountsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the accounts.
   *
   * <p><code>GET /accounts</code>
   */
  public List<Account> list() {
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
  public Account fetch(FetchAccountParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).body();
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /accounts/&#123;id&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Account fetch(FetchAccountParams params) {
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
    public ApiResponse<List<Account>> list(ListAccountsParams params, RequestOptions options) {
      return executor.execute(AccountsEndpoints.list(params), options, AccountsEndpoints.LIST);
    }

    /**
     * Lists the accounts.
     *
     * <p><code>GET /accounts</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<List<Account>> list(ListAccountsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists the accounts.
     *
     * <p><code>GET /accounts</code>
     */
    public ApiResponse<List<Account>> list() {
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
    public ApiResponse<Account> fetch(FetchAccountParams params, RequestOptions options) {
      return executor.execute(AccountsEndpoints.fetch(params), options, AccountsEndpoints.FETCH);
    }

    /**
     * Fetches an account.
     *
     * <p><code>GET /accounts/&#123;id&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Account> fetch(FetchAccountParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
