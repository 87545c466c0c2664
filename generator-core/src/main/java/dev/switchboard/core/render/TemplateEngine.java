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

/**
 * Renders {@code templates/<language>/<path>} with Mustache, from the class path or, when present,
 * from a user folder ({@code --templates DIR}, holding {@code <language>/<path>}). Values are
 * printed as they are: plugins escape for their language before handing views over.
 */
public final class TemplateEngine {
  private final MustacheFactory factory;
  private final String language;
  private final Optional<Path> overrides;

  public TemplateEngine(String language, Optional<Path> overrides, ClassLoader loader) {
    this.factory = new RawMustacheFactory(new Resolver(language, overrides, loader));
    this.language = language;
    this.overrides = overrides;
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
    @Override
    public Reader getReader(String resourceName) {
      Optional<Path> override = overrides.map(dir -> dir.resolve(language).resolve(resourceName))
          .filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS));
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
