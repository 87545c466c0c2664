package dev.switchboard.generated.example.accounts.v1;

import dev.switchboard.generated.example.accounts.v1.services.AccountsServiceAsync;
import dev.switchboard.generated.example.core.HttpExecutor;

/**
 * The operations of {@link ExampleClient}, each returning a {@link
 * java.util.concurrent.CompletableFuture}.
 */
public final class ExampleClientAsync {
  private final AccountsServiceAsync accounts;

  ExampleClientAsync(HttpExecutor executor) {
    this.accounts = new AccountsServiceAsync(executor);
  }

  /** Operations on {@code Accounts}. */
  public AccountsServiceAsync accounts() {
    return accounts;
  }
}
