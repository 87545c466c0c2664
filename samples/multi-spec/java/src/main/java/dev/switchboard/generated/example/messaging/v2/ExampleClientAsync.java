package dev.switchboard.generated.example.messaging.v2;

import dev.switchboard.generated.example.core.HttpExecutor;
import dev.switchboard.generated.example.messaging.v2.services.MessagesServiceAsync;

/**
 * The operations of {@link ExampleClient}, each returning a {@link
 * java.util.concurrent.CompletableFuture}.
 */
public final class ExampleClientAsync {
  private final MessagesServiceAsync messages;

  ExampleClientAsync(HttpExecutor executor) {
    this.messages = new MessagesServiceAsync(executor);
  }

  /** Operations on {@code Messages}. */
  public MessagesServiceAsync messages() {
    return messages;
  }
}
