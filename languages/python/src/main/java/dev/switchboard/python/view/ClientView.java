package dev.switchboard.python.view;

import java.util.List;

/**
 * {@code _client.py}: the sync and async clients with the same constructor, and the function that
 * resolves their arguments and environment variables into settings.
 */
public record ClientView(
    String docstring,
    String imports,
    String serverUrl,
    List<String> hints,
    List<String> settingsParameters,
    List<String> environment,
    List<String> schemes,
    String baseUrl,
    String classDocstring,
    String asyncClassDocstring,
    List<ResourceRef> resources,
    List<String> clientParameters,
    List<String> settingsArguments,
    List<String> defaultHeaders) {

  public boolean hasHints() {
    return !hints.isEmpty();
  }

  public boolean hasDefaultHeaders() {
    return !defaultHeaders.isEmpty();
  }

  public boolean hasSchemes() {
    return !schemes.isEmpty();
  }

  /** A resource attribute of the clients. */
  public record ResourceRef(String attribute, String className, String asyncClassName, String docstring,
      String syncInit, String asyncInit) {}
}
