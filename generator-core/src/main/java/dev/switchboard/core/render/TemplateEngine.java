package dev.switchboard.core.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
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
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renders {@code templates/<language>/<path>} with Mustache, from the class path or, when present,
 * from a user folder ({@code --templates DIR}, holding {@code <language>/<path>}). Values are
 * printed as they are: plugins escape for their language before handing views over.
 */
public final class TemplateEngine {
  private final MustacheFactory factory;

  public TemplateEngine(String language, Optional<Path> overrides, ClassLoader loader) {
    this.factory = new RawMustacheFactory(new Resolver(language, overrides, loader));
  }

  public String render(String template, Object view) {
    Mustache mustache = factory.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
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

  private record Resolver(String language, Optional<Path> overrides, ClassLoader loader) implements MustacheResolver {
    @Override
    public Reader getReader(String resourceName) {
      Optional<Path> override = overrides.map(dir -> dir.resolve(language).resolve(resourceName)).filter(Files::isRegularFile);
      try {
        if (override.isPresent()) {
          return new StringReader(Files.readString(override.get(), StandardCharsets.UTF_8));
        }
        InputStream stream = loader.getResourceAsStream("templates/" + language + "/" + resourceName);
        return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
