package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import java.util.List;

/** The resource <code>/v1/Accounts/&#123;&#125;/SIP</code>. */
public final class SipList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public SipList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** The {@code Domains} resource. */
  public DomainList domains() {
    return new DomainList(this.executor, this.path);
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    private final List<String> path;

    WithRawResponse(HttpExecutor executor, List<String> path) {
      this.executor = executor;
      this.path = path;
    }
  }
}
