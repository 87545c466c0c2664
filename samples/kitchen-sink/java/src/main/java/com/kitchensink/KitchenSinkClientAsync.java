package com.kitchensink;

import com.kitchensink.core.HttpExecutor;
import com.kitchensink.services.AccountsServiceAsync;
import com.kitchensink.services.CallsServiceAsync;
import com.kitchensink.services.ListingsServiceAsync;
import com.kitchensink.services.MessagesServiceAsync;
import com.kitchensink.services.MiscServiceAsync;
import com.kitchensink.services.PaymentIntentsServiceAsync;
import com.kitchensink.services.PetsServiceAsync;
import com.kitchensink.services.RecordingsServiceAsync;
import com.kitchensink.services.RemindersServiceAsync;

/**
 * The operations of {@link KitchenSinkClient}, each returning a {@link
 * java.util.concurrent.CompletableFuture}.
 */
public final class KitchenSinkClientAsync {
  private final AccountsServiceAsync accounts;

  private final CallsServiceAsync calls;

  private final ListingsServiceAsync listings;

  private final MessagesServiceAsync messages;

  private final MiscServiceAsync misc;

  private final PaymentIntentsServiceAsync paymentIntents;

  private final PetsServiceAsync pets;

  private final RecordingsServiceAsync recordings;

  private final RemindersServiceAsync reminders;

  KitchenSinkClientAsync(HttpExecutor executor) {
    this.accounts = new AccountsServiceAsync(executor);
    this.calls = new CallsServiceAsync(executor);
    this.listings = new ListingsServiceAsync(executor);
    this.messages = new MessagesServiceAsync(executor);
    this.misc = new MiscServiceAsync(executor);
    this.paymentIntents = new PaymentIntentsServiceAsync(executor);
    this.pets = new PetsServiceAsync(executor);
    this.recordings = new RecordingsServiceAsync(executor);
    this.reminders = new RemindersServiceAsync(executor);
  }

  /** Accounts and their settings. */
  public AccountsServiceAsync accounts() {
    return accounts;
  }

  /** Voice calls. */
  public CallsServiceAsync calls() {
    return calls;
  }

  /** Lists that page the ways real APIs do, found without x-pagination. */
  public ListingsServiceAsync listings() {
    return listings;
  }

  /** Send and list messages. */
  public MessagesServiceAsync messages() {
    return messages;
  }

  /** Edge cases that do not fit elsewhere. */
  public MiscServiceAsync misc() {
    return misc;
  }

  /**
   * Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors
   * wrapped in `error`.
   */
  public PaymentIntentsServiceAsync paymentIntents() {
    return paymentIntents;
  }

  /** Polymorphism corner of the API (oneOf, anyOf, allOf). */
  public PetsServiceAsync pets() {
    return pets;
  }

  /** Call recordings and media. */
  public RecordingsServiceAsync recordings() {
    return recordings;
  }

  /** Reminders, whose times are RFC 2822 text. */
  public RemindersServiceAsync reminders() {
    return reminders;
  }
}
