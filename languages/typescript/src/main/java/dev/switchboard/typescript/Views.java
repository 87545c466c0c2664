package dev.switchboard.typescript;

import java.util.List;

/** The typed views the templates render; every string in them is already TypeScript. */
final class Views {
  private Views() {}

  record Models(boolean uploads, List<String> declarations) {}

  /** {@code table}: the object literal of codec sources by type name. */
  record Codecs(String table) {}

  /** One resource file: its params interfaces, operation sources and methods. */
  record Resource(String className, String docs, List<String> params, List<String> operations,
      List<String> methods) {}

  /** A resource as the client sees it. */
  record ClientResource(String property, String className, String module, String field) {}

  /** {@code options}: the body of the options interface, braces included. */
  record Client(String className, String docs, String optionsDocs, String options, String config,
      List<String> imports, String fields) {}

  record Index(String clientExport, List<String> paramExports) {}

  record Package(String name, String version, String description, String license) {}

  record ReadmeExample(String code) {}

  record ReadmeSection(String title, List<ReadmeExample> examples) {}

  record Readme(String packageName, String title, String clientClass, String setup,
      boolean hasCredentials, List<String> credentials, String baseURLEnv, List<ReadmeSection> sections,
      boolean hasPagination, String paginationExample, String paginationHow) {}
}
