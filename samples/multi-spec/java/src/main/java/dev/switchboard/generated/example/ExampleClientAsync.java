package dev.switchboard.generated.example;

import dev.switchboard.generated.example.messaging.v2.services.MessagesServiceAsync;

/** The APIs of {@link ExampleClient}, each through its asynchronous client. */
public final class ExampleClientAsync {
  private final ExampleClient blocking;

  private final Accounts accounts;

  private final Messaging messaging;

  ExampleClientAsync(ExampleClient blocking) {
    this.blocking = blocking;
    this.accounts = new Accounts(blocking.accounts());
    this.messaging = new Messaging(blocking.messaging());
  }

  /** The APIs below {@code accounts}. */
  public Accounts accounts() {
    return accounts;
  }

  /** The APIs below {@code messaging}. */
  public Messaging messaging() {
    return messaging;
  }

  /**
   * The same as {@code client.async().messaging().v2().messages()}; that API's client is made on
   * first use.
   */
  public MessagesServiceAsync messages() {
    return messaging().v2().messages();
  }

  /** The APIs below {@code accounts}, asynchronous. */
  public static final class Accounts {
    private final ExampleClient.Accounts blocking;

    private Accounts(ExampleClient.Accounts blocking) {
      this.blocking = blocking;
    }

    /**
     * The asynchronous client of {@code accounts/v1}; made on first use, once, with its blocking
     * client.
     */
    public dev.switchboard.generated.example.accounts.v1.ExampleClientAsync v1() {
      return blocking.v1().async();
    }
  }

  /** The APIs below {@code messaging}, asynchronous. */
  public static final class Messaging {
    private final ExampleClient.Messaging blocking;

    private Messaging(ExampleClient.Messaging blocking) {
      this.blocking = blocking;
    }

    /**
     * The asynchronous client of {@code messaging/v2}; made on first use, once, with its blocking
     * client.
     */
    public dev.switchboard.generated.example.messaging.v2.ExampleClientAsync v2() {
      return blocking.v2().async();
    }
  }
}
