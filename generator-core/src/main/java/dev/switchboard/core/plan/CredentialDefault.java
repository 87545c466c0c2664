package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a path parameter a call leaves out takes its value from: the client option {@code option}
 * when the config names one and the user set it, else a credential of one of the operation's
 * schemes ({@code scheme}, its wire name), read when the call is made. {@code credential} is its
 * name ({@code username}) and {@code index} its position among the scheme's credentials (as in
 * {@link PlanAuth#environment()}); {@code environment} is the variable it is also read from, named
 * in the error a call gets when none of them is there.
 */
@JsonPropertyOrder({"scheme", "credential", "index", "environment", "option"})
public record CredentialDefault(String scheme, String credential, int index, String environment, Optional<Name> option) {
  public CredentialDefault {
    Objects.requireNonNull(scheme, "scheme == null");
    Objects.requireNonNull(credential, "credential == null");
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(option, "option == null");
  }
}
