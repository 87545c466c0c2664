package dev.switchboard.python.view;

import java.util.List;

/**
 * {@code _client.py}: the sync and async clients with the same constructor, and the function that
 * resolves their arguments and environment variables into settings. {@code extraSettings} holds the
 * settings entries of the region and edge rewrite and of the path options, when the API has them;
 * {@code redaction} the {@code Redaction(...)} the debug log masks by.
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
    String typeCheckingImports,
    List<ResourceRef> resources,
    List<String> clientParameters,
    List<String> settingsArguments,
    List<String> defaultHeaders,
    List<String> extraSettings,
    String redaction) {

  public boolean hasHints() {
    return !hints.isEmpty();
  }

  public boolean hasDefaultHeaders() {
    return !defaultHeaders.isEmpty();
  }

  public boolean hasSchemes() {
    return !schemes.isEmpty();
  }

  public boolean hasResources() {
    return !resources.isEmpty();
  }

  /**
   * A resource property of the clients, created on first access: its {@code def} lines and its
   * statements, which import the resource's module.
   */
  public record ResourceRef(String syncHeader, String asyncHeader, String docstring, String syncBody,
      String asyncBody) {}
}
