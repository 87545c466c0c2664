package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Account;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One of <code>/v1/Accounts</code>, by its <code>Sid</code>.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class AccountContextAsync {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public AccountContextAsync(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<Account> fetch(RequestOptions options) {
    return withRawResponse.fetch(options).thenApply(ApiResponse::body);
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
   */
  public CompletableFuture<Account> fetch() {
    return fetch(RequestOptions.none());
  }

  /** The {@code Balance} resource. */
  public BalanceListAsync balance() {
    return new BalanceListAsync(this.executor, this.path);
  }

  /** The {@code Calls} resources: their collection. */
  public CallListAsync calls() {
    return new CallListAsync(this.executor, this.path);
  }

  /**
   * One of the {@code Calls} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public CallContextAsync calls(String sid) {
    List<String> values = new ArrayList<>(this.path);
    values.add(Objects.requireNonNull(sid, "sid"));
    return new CallContextAsync(this.executor, Collections.unmodifiableList(values));
  }

  /** The {@code Messages} resources: their collection. */
  public MessageListAsync messages() {
    return new MessageListAsync(this.executor, this.path);
  }

  /**
   * One of the {@code Messages} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public MessageContextAsync messages(String sid) {
    List<String> values = new ArrayList<>(this.path);
    values.add(Objects.requireNonNull(sid, "sid"));
    return new MessageContextAsync(this.executor, Collections.unmodifiableList(values));
  }

  /** The {@code SIP} resource. */
  public SipListAsync sip() {
    return new SipListAsync(this.executor, this.path);
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
     * Fetches an account.
     *
     * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Account>> fetch(RequestOptions options) {
      return executor.executeAsync(
          AccountContextEndpoints.fetch(path), options, AccountContextEndpoints.FETCH);
    }

    /**
     * Fetches an account.
     *
     * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
     */
    public CompletableFuture<ApiResponse<Account>> fetch() {
      return fetch(RequestOptions.none());
    }
  }
}
