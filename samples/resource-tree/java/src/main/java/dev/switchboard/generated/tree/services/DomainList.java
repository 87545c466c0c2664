package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Domain;
import java.util.List;

/** The resource <code>/v1/Accounts/&#123;&#125;/SIP/Domains</code>. */
public final class DomainList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public DomainList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Lists SIP domains.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/SIP/Domains.json</code>
   *
   * @param options settings for this call only
   */
  public List<Domain> list(RequestOptions options) {
    return withRawResponse.list(options).body();
  }

  /**
   * Lists SIP domains.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/SIP/Domains.json</code>
   */
  public List<Domain> list() {
    return list(RequestOptions.none());
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
     * Lists SIP domains.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/SIP/Domains.json</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<List<Domain>> list(RequestOptions options) {
      return executor.execute(DomainListEndpoints.list(path), options, DomainListEndpoints.LIST);
    }

    /**
     * Lists SIP domains.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/SIP/Domains.json</code>
     */
    public ApiResponse<List<Domain>> list() {
      return list(RequestOptions.none());
    }
  }
}
