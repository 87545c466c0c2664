package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/** One page of a list: its items, its response, and the way to the next page. */
public final class Page<I> {
  private final HttpExecutor executor;
  private final RequestOptions options;
  private final ResponseHandler<?> handler;
  private final Paging<I> paging;
  private final ApiResponse<JsonNode> response;
  private final List<I> items;
  private final ApiRequest next;
  private final int itemLimit;

  Page(
      HttpExecutor executor,
      ApiRequest request,
      RequestOptions options,
      ResponseHandler<?> handler,
      Paging<I> paging,
      ApiResponse<JsonNode> response,
      int itemLimit) {
    this.executor = executor;
    this.options = options;
    this.handler = handler;
    this.paging = paging;
    this.response = response;
    this.items = List.copyOf(paging.items(response.body()));
    this.next = paging.next(request, response, items.size());
    this.itemLimit = itemLimit;
  }

  /** The items of this page only. */
  public List<I> items() {
    return items;
  }

  public boolean hasNextPage() {
    return next != null;
  }

  /** Fetches the next page; fails when there is none. */
  public Page<I> nextPage() {
    return executor.page(nextRequest(), options, handler, paging, itemLimit);
  }

  /** Fetches the next page without blocking. */
  public CompletableFuture<Page<I>> nextPageAsync() {
    return executor.pageAsync(nextRequest(), options, handler, paging, itemLimit);
  }

  private ApiRequest nextRequest() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next;
  }

  public int statusCode() {
    return response.statusCode();
  }

  public HttpHeaders headers() {
    return response.headers();
  }

  /** The page's body as JSON. */
  public JsonNode json() {
    return response.body();
  }

  /**
   * Every item of this page and the pages after it, fetched lazily; with the call's item limit, at
   * most that many, and no page past them is fetched.
   */
  public AutoPager<I> autoPager() {
    return new AutoPager<>(this, itemLimit);
  }
}
