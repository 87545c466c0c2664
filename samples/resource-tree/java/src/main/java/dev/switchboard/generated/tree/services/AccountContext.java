package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Account;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One of <code>/v1/Accounts</code>, by its <code>Sid</code>. */
public final class AccountContext {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public AccountContext(HttpExecutor executor, List<String> path) {
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
  public Account fetch(RequestOptions options) {
    return withRawResponse.fetch(options).body();
  }

  /**
   * Fetches an account.
   *
   * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
   */
  public Account fetch() {
    return fetch(RequestOptions.none());
  }

  /** The {@code Balance} resource. */
  public BalanceList balance() {
    return new BalanceList(this.executor, this.path);
  }

  /** The {@code Calls} resources: their collection. */
  public CallList calls() {
    return new CallList(this.executor, this.path);
  }

  /**
   * One of the {@code Calls} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public CallContext calls(String sid) {
    List<String> values = new ArrayList<>(this.path);
    values.add(Objects.requireNonNull(sid, "sid"));
    return new CallContext(this.executor, Collections.unmodifiableList(values));
  }

  /** The {@code Messages} resources: their collection. */
  public MessageList messages() {
    return new MessageList(this.executor, this.path);
  }

  /**
   * One of the {@code Messages} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public MessageContext messages(String sid) {
    List<String> values = new ArrayList<>(this.path);
    values.add(Objects.requireNonNull(sid, "sid"));
    return new MessageContext(this.executor, Collections.unmodifiableList(values));
  }

  /** The {@code SIP} resource. */
  public SipList sip() {
    return new SipList(this.executor, this.path);
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
    public ApiResponse<Account> fetch(RequestOptions options) {
      return executor.execute(
          AccountContextEndpoints.fetch(path), options, AccountContextEndpoints.FETCH);
    }

    /**
     * Fetches an account.
     *
     * <p><code>GET /v1/Accounts/&#123;Sid&#125;.json</code>
     */
    public ApiResponse<Account> fetch() {
      return fetch(RequestOptions.none());
    }
  }
}
