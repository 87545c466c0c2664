package dev.switchboard.java;

import dev.switchboard.core.render.TemplateEngine;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SDK's fixed runtime (HTTP, retries, pagination, events, JSON): the plain Java sources in
 * {@code templates/java/runtime/}, written in package {@code __PACKAGE__.core}. One rule places
 * them in the SDK: every {@value #PACKAGE_TOKEN} becomes the SDK's root package. A file of the
 * same name in {@code --templates DIR/java/runtime/} replaces a built-in one. An SDK made of several
 * specs also gets the files of {@code templates/java/bundle/} (the settings its root client shares
 * with each spec's client), placed by the same rule.
 */
final class RuntimeFiles {
  static final String PACKAGE_TOKEN = "__PACKAGE__";
  private static final String JAVA = ".java";

  private RuntimeFiles() {}

  /** Source by class name, with the SDK's root package filled in. */
  static Map<String, String> sources(TemplateEngine templates, String rootPackage) {
    return sources(templates, "runtime", rootPackage);
  }

  /** The runtime and the files only an SDK of several specs needs, by class name. */
  static Map<String, String> bundleSources(TemplateEngine templates, String rootPackage) {
    Map<String, String> sources = new TreeMap<>(sources(templates, rootPackage));
    sources.putAll(sources(templates, "bundle", rootPackage));
    return sources;
  }

  private static Map<String, String> sources(TemplateEngine templates, String folder, String rootPackage) {
    Map<String, String> sources = new LinkedHashMap<>();
    templates.folder(folder, new Object()).forEach((file, content) -> {
      if (!file.endsWith(JAVA) || file.contains("/")) {
        throw new IllegalStateException("runtime files are top-level Java sources; found " + file);
      }
      String source = new String(content, StandardCharsets.UTF_8).replace(PACKAGE_TOKEN, rootPackage);
      sources.put(file.substring(0, file.length() - JAVA.length()), source);
    });
    return sources;
  }
}
