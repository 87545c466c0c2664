package dev.switchboard.core.ir;

import java.util.Objects;
import java.util.Optional;

/**
 * What the API says about itself. {@code clientName} is the neutral name SDK clients and
 * environment variables are derived from.
 */
public record ApiInfo(
    String title, String version, Name clientName, Docs docs, Optional<String> license) {
  public ApiInfo {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(clientName, "clientName == null");
  }
}
