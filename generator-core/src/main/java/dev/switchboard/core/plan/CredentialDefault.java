package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a path parameter a call leaves out takes its value from: a credential of one of the
 * operation's schemes ({@code scheme}, its wire name), read when the call is made. {@code
 * credential} is its name ({@code username}) and {@code index} its position among the scheme's
 * credentials (as in {@link PlanAuth#environment()}); {@code environment} is the variable it is
 * also read from, named in the error a call gets when neither is there.
 */
@JsonPropertyOrder({"scheme", "credential", "index", "environment"})
public record CredentialDefault(String scheme, String credential, int index, String environment) {
  public CredentialDefault {
    Objects.requireNonNull(scheme, "scheme == null");
    Objects.requireNonNull(credential, "credential == null");
    Objects.requireNonNull(environment, "environment == null");
  }
}
