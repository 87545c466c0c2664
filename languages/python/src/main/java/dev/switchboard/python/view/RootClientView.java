package dev.switchboard.python.view;

import java.util.List;

/**
 * {@code _client.py} of an SDK made of several specs: the sync and async clients, which keep their
 * arguments as settings and share one httpx client, and a class per namespace between them and the
 * specs' clients. {@code settingsFields} are the settings' annotated fields, {@code settingsArguments}
 * the keyword arguments that fill them from the constructor's.
 */
public record RootClientView(
    String docstring,
    String imports,
    List<String> typeCheckingImports,
    String baseUrlVariable,
    List<String> settingsFields,
    String classDocstring,
    String asyncClassDocstring,
    List<String> clientParameters,
    List<String> settingsArguments,
    List<Member> syncMembers,
    List<Member> asyncMembers,
    List<NamespaceClass> namespaces) {

  /** A property made on first use: its {@code def} line, its docstring and its statements. */
  public record Member(String header, String docstring, String body) {}

  /** A namespace's sync and async classes and their properties. */
  public record NamespaceClass(String syncName, String asyncName, String docstring, List<Member> syncMembers,
      List<Member> asyncMembers) {}
}
