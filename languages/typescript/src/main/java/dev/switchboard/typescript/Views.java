package dev.switchboard.typescript;

import java.util.List;

/** The typed views the templates render; every string in them is already TypeScript. */
final class Views {
  private Views() {}

  record Models(boolean uploads, List<String> declarations) {}

  /** The codec declarations of {@code src/codecs.ts}; {@code empty} when there is none. */
  record Codecs(List<String> declarations, boolean empty) {}

  /** One resource file: its params interfaces, operation sources and methods. */
  /** {@code shared}: the file constants of values its operations repeat. */
  record Resource(String className, String docs, List<String> codecImports, List<String> params,
      List<String> shared, List<String> operations, List<String> methods) {}

  /** A resource as the client sees it: its property, created on first access. */
  record ClientResource(String property, String className, String module, String field, String getter) {}

  /** {@code options}: the body of the options interface, braces included. */
  record ClientBase(String className, String docs, String optionsDocs, String options, String config) {}

  /** The client with its resources, on top of {@code baseClass}; {@code body} has the braces. */
  record Client(String className, String baseClass, String docs, List<String> imports, String body) {}

  record Index(String clientExport, List<String> paramExports, String webhooksExport) {}

  record Package(String name, String version, String description, String license) {}

  record ReadmeExample(String code) {}

  record ReadmeSection(String title, List<ReadmeExample> examples) {}

  record Readme(String packageName, String title, String clientClass, String setup,
      boolean hasCredentials, List<String> credentials, String baseURLEnv, List<ReadmeSection> sections,
      boolean hasPagination, String paginationExample, String paginationHow, boolean camelCase, boolean bigint) {}
}
