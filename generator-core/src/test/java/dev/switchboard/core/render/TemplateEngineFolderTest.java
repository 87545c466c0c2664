package dev.switchboard.core.render;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineFolderTest {
  public record View(String name) {}

  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("templates/demo/runtime/plain.txt", "left {{alone}}\n");
    FILES.put("templates/demo/runtime/greeting.txt.mustache", "hello {{name}}\n");
    FILES.put("templates/demo/runtime/nested/deep.txt", "deep\n");
    FILES.put("templates/demo/other.txt", "not in the folder\n");
  }

  @TempDir Path dir;

  private static Map<String, String> text(SortedMap<String, byte[]> files) {
    Map<String, String> text = new LinkedHashMap<>();
    files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return text;
  }

  private Path jar() throws IOException {
    Path jar = dir.resolve("templates.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // Directory entries first, as the Maven jar and shade plugins write them.
      for (String folder : new String[] {"templates/", "templates/demo/", "templates/demo/runtime/", "templates/demo/runtime/nested/"}) {
        out.putNextEntry(new JarEntry(folder));
      }
      for (Map.Entry<String, String> file : FILES.entrySet()) {
        out.putNextEntry(new JarEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private Path directory() throws IOException {
    Path root = dir.resolve("classes");
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    return root;
  }

  private static Map<String, String> folder(Path classPath, Optional<Path> overrides) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
      return text(new TemplateEngine("demo", overrides, loader).folder("runtime", new View("world")));
    }
  }

  @Test
  void copiesPlainFilesAndRendersMustacheFilesFromADirectory() throws IOException {
    assertThat(folder(directory(), Optional.empty())).containsExactly(
        "greeting.txt", "hello world\n", "nested/deep.txt", "deep\n", "plain.txt", "left {{alone}}\n").inOrder();
  }

  @Test
  void listsTheSameFolderInsideAJar() throws IOException {
    assertThat(folder(jar(), Optional.empty())).isEqualTo(folder(directory(), Optional.empty()));
  }

  @Test
  void aPlainFileWinsOverALeftoverTemplateOfTheSameName() throws IOException {
    Path root = directory();
    Files.writeString(root.resolve("templates/demo/runtime/plain.txt.mustache"), "stale {{name}}\n");
    assertThat(folder(root, Optional.empty())).containsEntry("plain.txt", "left {{alone}}\n");
  }

  @Test
  void anOverrideReplacesTheFileOfTheSameRelativePathOnly() throws IOException {
    Path overrides = dir.resolve("overrides");
    Files.createDirectories(overrides.resolve("demo/runtime/nested"));
    Files.writeString(overrides.resolve("demo/runtime/plain.txt"), "mine {{too}}\n");
    Files.writeString(overrides.resolve("demo/runtime/greeting.txt.mustache"), "hi {{name}}!\n");
    Files.writeString(overrides.resolve("demo/runtime/extra.txt"), "not built in\n");
    assertThat(folder(directory(), Optional.of(overrides))).containsExactly(
        "greeting.txt", "hi world!\n", "nested/deep.txt", "deep\n", "plain.txt", "mine {{too}}\n").inOrder();
  }
}
