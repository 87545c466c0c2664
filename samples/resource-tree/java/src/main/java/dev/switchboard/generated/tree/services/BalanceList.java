package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Balance;
import java.util.List;

/** The resource <code>/v1/Accounts/&#123;&#125;/Balance</code>. */
public final class BalanceList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public BalanceList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetches the account's balance.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Balance.json</code>
   *
   * @param options settings for this call only
   */
  public Balance fetch(RequestOptions options) {
    return withRawResponse.fetch(options).body();
  }

  /**
   * Fetches the account's balance.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Balance.json</code>
   */
  public Balance fetch() {
    return fetch(RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    private final List<String> path;

    WithRawResponse(HttpExecutor executor, List<String> path) {
      this.executor = executor;
      this.path = path;
    }

    /**
     * Fetches the account's balance.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Balance.json</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<Balance> fetch(RequestOptions options) {
      return executor.execute(
          BalanceListEndpoints.fetch(path), options, BalanceListEndpoints.FETCH);
    }

    /**
     * Fetches the account's balance.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Balance.json</code>
     */
    public ApiResponse<Balance> fetch() {
      return fetch(RequestOptions.none());
    }
  }
}
