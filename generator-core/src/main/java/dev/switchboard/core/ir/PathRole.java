package dev.switchboard.core.ir;

import java.util.Objects;
import java.util.Optional;

/**
 * What the spec says a path is in the API's resource tree (Twilio's path-level {@code x-twilio}:
 * {@code pathType} and {@code mountName}): a {@code LIST} path holds a collection
 * ({@code /Accounts/{AccountSid}/Messages.json}), an {@code INSTANCE} path one member of it
 * ({@code …/Messages/{Sid}.json}) or a singleton. {@code mountName} is the member name the
 * resource has on its parent, when the spec names it.
 */
public record PathRole(Kind kind, Optional<Name> mountName) {
  public enum Kind { LIST, INSTANCE }

  public PathRole {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(mountName, "mountName == null");
  }
}
