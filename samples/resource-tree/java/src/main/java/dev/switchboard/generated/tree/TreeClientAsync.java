package dev.switchboard.generated.tree;

import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.services.AccountContextAsync;
import dev.switchboard.generated.tree.services.BalanceListAsync;
import dev.switchboard.generated.tree.services.CallContextAsync;
import dev.switchboard.generated.tree.services.CallListAsync;
import dev.switchboard.generated.tree.services.InboundListAsync;
import dev.switchboard.generated.tree.services.MessageContextAsync;
import dev.switchboard.generated.tree.services.MessageListAsync;
import dev.switchboard.generated.tree.services.SipListAsync;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The operations of {@link TreeClient}, each returning a {@link
 * java.util.concurrent.CompletableFuture}.
 */
public final class TreeClientAsync {
  private final HttpExecutor executor;

  TreeClientAsync(HttpExecutor executor) {
    this.executor = executor;
  }

  /**
   * One of the {@code Accounts} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public AccountContextAsync accounts(String sid) {
    return new AccountContextAsync(executor, List.of(Objects.requireNonNull(sid, "sid")));
  }

  /** The {@code Inbound} resource. */
  public InboundListAsync inbound() {
    return new InboundListAsync(executor, List.of());
  }

  /** The {@code Balance} resource. Under the {@code /v1/Accounts} member the client defaults to. */
  public BalanceListAsync balance() {
    return new BalanceListAsync(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * The {@code Calls} resources: their collection. Under the {@code /v1/Accounts} member the client
   * defaults to.
   */
  public CallListAsync calls() {
    return new CallListAsync(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * One of the {@code Calls} resources, by its {@code Sid}. Under the {@code /v1/Accounts} member
   * the client defaults to.
   *
   * @param sid its {@code Sid}
   */
  public CallContextAsync calls(String sid) {
    List<String> values = new ArrayList<>(Collections.<String>nCopies(1, null));
    values.add(Objects.requireNonNull(sid, "sid"));
    return new CallContextAsync(executor, Collections.unmodifiableList(values));
  }

  /**
   * The {@code Messages} resources: their collection. Under the {@code /v1/Accounts} member the
   * client defaults to.
   */
  public MessageListAsync messages() {
    return new MessageListAsync(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * One of the {@code Messages} resources, by its {@code Sid}. Under the {@code /v1/Accounts}
   * member the client defaults to.
   *
   * @param sid its {@code Sid}
   */
  public MessageContextAsync messages(String sid) {
    List<String> values = new ArrayList<>(Collections.<String>nCopies(1, null));
    values.add(Objects.requireNonNull(sid, "sid"));
    return new MessageContextAsync(executor, Collections.unmodifiableList(values));
  }

  /** The {@code SIP} resource. Under the {@code /v1/Accounts} member the client defaults to. */
  public SipListAsync sip() {
    return new SipListAsync(executor, Collections.<String>nCopies(1, null));
  }
}
