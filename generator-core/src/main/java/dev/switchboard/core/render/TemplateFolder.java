package dev.switchboard.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files under a folder of the class path, whether it is a directory (a build's
 * {@code target/classes}) or a jar (the CLI, the Maven plugin): no file list is kept by hand. In a
 * jar the folder is found through its directory entry, which the Maven jar and shade plugins write.
 */
final class TemplateFolder {
  private TemplateFolder() {}

  /** Paths relative to {@code folder} (such as {@code templates/python/runtime}), sorted. */
  static SortedSet<String> list(ClassLoader loader, String folder) {
    SortedSet<String> files = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder + "/");
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        switch (root.getProtocol()) {
          case "file" -> listDirectory(Path.of(root.toURI()), files);
          case "jar" -> listJar((JarURLConnection) root.openConnection(), folder + "/", files);
          default -> throw new IllegalStateException("cannot list templates at " + root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private static void listDirectory(Path dir, SortedSet<String> files) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.add(dir.relativize(f).toString().replace('\\', '/')));
    }
  }

  private static void listJar(JarURLConnection connection, String prefix, SortedSet<String> files) throws IOException {
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.startsWith(prefix) && !name.endsWith("/")) {
          files.add(name.substring(prefix.length()));
        }
      }
    }
  }
}
