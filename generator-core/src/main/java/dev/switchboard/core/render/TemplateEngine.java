package dev.switchboard.core.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.Confined;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Renders {@code templates/<language>/<path>} with Mustache, from the class path or, when present,
 * from a user folder ({@code --templates DIR}, holding {@code <language>/<path>}), and copies whole
 * folders of such files ({@link #folder}). Values are
 * printed as they are: plugins escape for their language before handing views over.
 */
public final class TemplateEngine {
  /** A template's file name ends with this; any other file in a copied folder is copied as it is. */
  public static final String SUFFIX = ".mustache";

  private final Resolver resolver;
  private final MustacheFactory factory;
  private final String language;
  private final Optional<Path> overrides;

  public TemplateEngine(String language, Optional<Path> overrides, ClassLoader loader) {
    this.resolver = new Resolver(language, overrides, loader);
    this.factory = new RawMustacheFactory(resolver);
    this.language = language;
    this.overrides = overrides;
  }

  /**
   * Every file of the built-in folder {@code templates/<language>/<folder>/}, by path relative to
   * it, sorted: a file whose name ends in {@value #SUFFIX} is rendered with {@code view} and loses
   * that ending, any other file is copied byte for byte. A file of the same relative path in the
   * overrides folder replaces the built-in one. When both {@code x} and {@code x.mustache} are
   * listed, {@code x} is used: an incremental build's class folder may still hold a template that
   * has since become a plain file.
   */
  public SortedMap<String, byte[]> folder(String folder, Object view) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    SortedSet<String> listed = TemplateFolder.list(resolver.loader(), "templates/" + resolver.language() + "/" + folder);
    for (String file : listed) {
      String path = folder + "/" + file;
      if (!file.endsWith(SUFFIX)) {
        files.put(file, resolver.bytes(path));
      } else if (!listed.contains(file.substring(0, file.length() - SUFFIX.length()))) {
        files.put(file.substring(0, file.length() - SUFFIX.length()), render(path, view).getBytes(StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /**
   * Renders a template. A broken user template is a usage error naming it ({@link
   * ConfigException}); a broken built-in one stays an internal error.
   */
  public String render(String template, Object view) {
    try {
      Mustache mustache = factory.compile(template);
      StringWriter out = new StringWriter();
      mustache.execute(out, view);
      return out.toString();
    } catch (MustacheException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ConfigException config) {
          throw config;
        }
      }
      if (overrides.isEmpty()) {
        throw e;
      }
      throw new ConfigException("--templates " + overrides.get() + ": template " + language + "/" + template
          + " (or a partial it includes) cannot be rendered: " + firstLine(e) + " (fix or remove the override)");
    }
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static final class RawMustacheFactory extends DefaultMustacheFactory {
    RawMustacheFactory(MustacheResolver resolver) {
      super(resolver);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String readUtf8(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ConfigException(file + ": the template is not valid UTF-8; save it as UTF-8");
    }
  }

  private record Resolver(String language, Optional<Path> overrides, ClassLoader loader) implements MustacheResolver {
    /** A file that is copied, not rendered: the override if present, else the built-in one. */
    byte[] bytes(String resourceName) {
      Optional<Path> override = override(resourceName);
      try {
        if (override.isPresent()) {
          Confined.check(override.get(), overrides.get(), "template");
          return Files.readAllBytes(override.get());
        }
        try (InputStream stream = loader.getResourceAsStream("templates/" + language + "/" + resourceName)) {
          if (stream == null) {
            throw new IllegalStateException("missing template file " + language + "/" + resourceName);
          }
          return stream.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Optional<Path> override(String resourceName) {
      return overrides.map(dir -> dir.resolve(language).resolve(resourceName))
          .filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS));
    }

    @Override
    public Reader getReader(String resourceName) {
      Optional<Path> override = override(resourceName);
      try {
        if (override.isPresent()) {
          Confined.check(override.get(), overrides.get(), "template");
          return new StringReader(readUtf8(override.get()));
        }
        InputStream stream = loader.getResourceAsStream("templates/" + language + "/" + resourceName);
        return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
