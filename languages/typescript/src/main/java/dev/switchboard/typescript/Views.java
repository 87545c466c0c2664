package dev.switchboard.typescript;

import java.util.List;

/** The typed views the templates render; every string in them is already TypeScript. */
final class Views {
  private Views() {}

  /** {@code core}: the runtime folder as the module imports it ({@code ./core}). */
  record Models(String core, boolean uploads, List<String> declarations) {}

  /** The codec declarations of {@code src/codecs.ts}; {@code empty} when there is none. */
  record Codecs(String core, List<String> declarations, boolean empty) {}

  /** One resource file: its params interfaces, operation sources and methods. */
  /** {@code shared}: the file constants of values its operations repeat. */
  /**
   * A resource module. {@code define}: the arguments of {@code this._define(...)}, the operations
   * table and, where some of its operations leave their id out, the ids' common prefix.
   */
  record Resource(String core, String className, String docs, List<String> codecImports, List<String> params,
      List<String> shared, List<String> operations, List<String> methods, String define) {}

  /**
   * A resource of the client's tree: {@code treeImport} the runtime's tree import, {@code
   * childImports} its children's modules, {@code tables} its operations tables, {@code classes} the
   * code of its collection and member.
   */
  record TreeResource(String core, List<String> codecImports, String treeImport, List<String> childImports,
      List<String> params, List<String> shared, List<String> tables, String classes) {}

  /** A resource as the client sees it: its property, created on first access. */
  record ClientResource(String property, String className, String module, String field, String getter) {}

  /** {@code options}: the body of the options interface, braces included. */
  record ClientBase(String core, String className, String docs, String optionsDocs, String options, String config) {}

  /** The client with its resources, on top of {@code baseClass}; {@code body} has the braces. */
  record Client(String className, String baseClass, String docs, List<String> imports, String body) {}

  /**
   * {@code src/index.ts} or a mount's {@code index.ts}: {@code runtime} when it exports the runtime
   * (not a mount's), {@code models} when it has a models module (not a root of several specs);
   * {@code mountExports}: each mount's exports as one namespace.
   */
  record Index(String core, String clientExport, boolean runtime, boolean models, List<String> paramExports,
      String webhooksExport, List<String> mountExports) {}

  /**
   * The client of several specs ({@code src/client.ts}); every string is code. {@code rootOnly}:
   * the root's own options, which {@code shared} leaves out of what every mount gets.
   */
  record RootClient(String core, List<String> imports, String optionsDocs, String options, String rootOnly,
      String docs, String className, String baseURLEnv, String fields, String getters, List<String> namespaces,
      List<String> factories) {}

  /**
   * The README of several specs: the client, its credentials and every mount; {@code shortcuts}, a
   * Markdown sentence or null, says which mount's members the client has too.
   */
  record RootReadme(String packageName, String clientClass, String baseURLEnv, List<ReadmeRow> credentials,
      String namespace, List<RootReadmeMount> mounts, String example, String shortcuts) {
    /** Whether there is a list of credentials, with the blank line before it. */
    public boolean anyCredentials() {
      return !credentials.isEmpty();
    }
  }

  /** {@code member}: where the client holds the mount, such as {@code client.accounts.v1}; {@code serverPath} is Markdown. */
  record RootReadmeMount(String member, String title, String source, String namespace, String serverPath) {}

  /** package.json's fields, each already a JSON string; {@code repository} and {@code author} may be null. */
  record Package(String name, String version, String description, String license, String repository, String author) {}

  /** {@code README.md}: core's README sections in its order, each with the TypeScript of its one kind. */
  record Readme(String title, String description, String packageName, String clientClass, List<ReadmeSection> sections) {}

  /** A README section; exactly one of the kind views is set, the others are null. */
  record ReadmeSection(String heading, List<String> prose, ReadmeInstall installation, ReadmeSetUp setUp,
      ReadmeAuth authentication, ReadmeVariables serverVariables, ReadmeCode regions, ReadmeUsage usage,
      ReadmeCode pagination, ReadmeCode errors, ReadmeCode webhooks, ReadmeOperations operations,
      ReadmeCode publishing) {}

  record ReadmeInstall(String packageName) {}

  /** {@code code}: a client and one call. */
  record ReadmeSetUp(String code, String baseURLEnv) {}

  /** Table rows and a client given the first scheme's credentials. */
  record ReadmeAuth(List<ReadmeRow> credentials, String code) {}

  record ReadmeRow(String option, String environment, String description) {}

  record ReadmeVariables(List<ReadmeRow> variables) {}

  /** A section's code block (TypeScript, without the fence). */
  record ReadmeCode(String code) {}

  record ReadmeUsage(boolean camelCase, boolean bigint) {}

  record ReadmeOperations(List<ReadmeResource> resources) {}

  record ReadmeResource(String heading, String description, List<ReadmeOperation> operations) {}

  record ReadmeOperation(String call, String summary, boolean deprecated, String code) {}
}
