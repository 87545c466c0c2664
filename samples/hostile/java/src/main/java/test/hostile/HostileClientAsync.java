package test.hostile;

import test.hostile.core.HttpExecutor;
import test.hostile.services.ThingsServiceAsync;
import test.hostile.services._2faServiceAsync;

/**
 * The operations of {@link HostileClient}, each returning a {@link
 * java.util.concurrent.CompletableFuture}.
 */
public final class HostileClientAsync {
  private final _2faServiceAsync _2fa;

  private final ThingsServiceAsync things;

  HostileClientAsync(HttpExecutor executor) {
    this._2fa = new _2faServiceAsync(executor);
    this.things = new ThingsServiceAsync(executor);
  }

  /** Operations on {@code 2fa}. */
  public _2faServiceAsync _2fa() {
    return _2fa;
  }

  /** Operations on {@code things}. */
  public ThingsServiceAsync things() {
    return things;
  }
}
