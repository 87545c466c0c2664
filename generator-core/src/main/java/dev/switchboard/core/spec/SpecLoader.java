package dev.switchboard.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads OpenAPI 2.0 (converted), 3.0 and 3.1 documents in YAML or JSON, with local multi-file
 * references. Everything wrong with the input becomes a diagnostic; {@link SpecException} is thrown
 * when nothing can be generated.
 */
public final class SpecLoader {
  static {
    DeserializationUtils.getOptions().setMaxYamlCodePoints(Integer.MAX_VALUE);
  }

  private final RefPolicy refs;

  public SpecLoader() {
    this(RefPolicy.CONFINED);
  }

  public SpecLoader(RefPolicy refs) {
    this.refs = java.util.Objects.requireNonNull(refs, "refs == null");
  }

  public LoadedSpec load(Path path, Diagnostics diagnostics) {
    return load(path, List.of(), diagnostics);
  }

  /** Loads a spec with {@code overlays} applied, in order, to its tree before it is parsed. */
  public LoadedSpec load(Path path, List<Overlay> overlays, Diagnostics diagnostics) {
    String text = SpecText.read(path, diagnostics).orElseThrow(() -> new SpecException(diagnostics));
    JsonNode tree = SpecTree.parse(text, diagnostics).orElseThrow(() -> new SpecException(diagnostics));
    for (Overlay overlay : overlays) {
      tree = overlay.apply(tree, diagnostics);
    }
    String version = version(tree, diagnostics);
    RefChecker checker = new RefChecker(path, refs, diagnostics);
    checker.check(tree, path);
    if (diagnostics.hasErrors()) {
      throw new SpecException(diagnostics);
    }
    OpenAPI openApi = version.startsWith("2")
        ? convert(path, tree, checker.hasExternalRefs(), diagnostics)
        : parse(path, tree, checker.hasExternalRefs(), diagnostics);
    return new LoadedSpec(path, version, openApi, rawTree(path, overlays));
  }

  /** Parses the file again on first use only, so the tree is not kept in memory while lowering. */
  private static Supplier<JsonNode> rawTree(Path path, List<Overlay> overlays) {
    return new Supplier<>() {
      private JsonNode tree;

      @Override
      public synchronized JsonNode get() {
        if (tree == null) {
          Diagnostics again = new Diagnostics(path.toString());
          tree = SpecTree.parse(read(path), again).orElseThrow();
          for (Overlay overlay : overlays) {
            tree = overlay.apply(tree, again);
          }
        }
        return tree;
      }
    };
  }

  private static String read(Path path) {
    return SpecText.read(path, new Diagnostics(path.toString())).orElseThrow();
  }

  private static String version(JsonNode tree, Diagnostics diagnostics) {
    if (!tree.isObject()) {
      diagnostics.error("not-openapi", "", "the document is not an object", "pass an OpenAPI 2.0, 3.0 or 3.1 document");
      throw new SpecException(diagnostics);
    }
    Optional<String> openapi = text(tree, "openapi");
    Optional<String> swagger = text(tree, "swagger");
    if (openapi.isEmpty() && swagger.isEmpty()) {
      diagnostics.error(
          "not-openapi", "", "the document has neither an 'openapi' nor a 'swagger' field",
          "pass an OpenAPI 2.0, 3.0 or 3.1 document; this file is not one");
      throw new SpecException(diagnostics);
    }
    String version = openapi.orElseGet(swagger::get);
    if (!(version.equals("2.0") || version.matches("3\\.[01]\\.\\d+.*"))) {
      diagnostics.error(
          "unsupported-version", openapi.isPresent() ? "/openapi" : "/swagger",
          "OpenAPI version '" + version + "' is not supported",
          "use OpenAPI 2.0, 3.0.x or 3.1.x");
      throw new SpecException(diagnostics);
    }
    return version;
  }

  private static Optional<String> text(JsonNode tree, String field) {
    JsonNode value = tree.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static ParseOptions options() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    return options;
  }

  /**
   * Deserializes the tree. The parser's resolver only runs for documents with references to other
   * files: lowering follows local references itself.
   */
  private static OpenAPI parse(Path path, JsonNode tree, boolean external, Diagnostics diagnostics) {
    String location = path.toAbsolutePath().toString();
    SwaggerParseResult result = new OpenAPIDeserializer().deserialize(tree, location, options());
    if (result.getOpenAPI() != null && external) {
      resolving(diagnostics, () -> new OpenAPIResolver(result.getOpenAPI(), null, location, null, options()).resolve(result));
    }
    reportMessages(result.getMessages(), diagnostics);
    if (result.getOpenAPI() == null) {
      throw new SpecException(diagnostics);
    }
    return result.getOpenAPI();
  }

  /** Converts from the tree already read, so the file is not parsed again with weaker limits. */
  private static OpenAPI convert(Path path, JsonNode tree, boolean external, Diagnostics diagnostics) {
    SwaggerDeserializationResult swagger = new SwaggerDeserializer().deserialize(tree);
    if (swagger.getSwagger() != null && external) {
      resolving(diagnostics, () -> swagger.setSwagger(new SwaggerResolver(swagger.getSwagger(), null, path.toAbsolutePath().toString()).resolve()));
    }
    SwaggerParseResult result = new SwaggerConverter().convert(swagger);
    reportMessages(result.getMessages(), diagnostics);
    if (result.getOpenAPI() == null) {
      diagnostics.error("unreadable", "", "the Swagger 2.0 document could not be converted", "run 'switchboard validate' for details");
      throw new SpecException(diagnostics);
    }
    return result.getOpenAPI();
  }

  /** Runs the parser's resolver; a referenced document it cannot load is an error, not a crash. */
  private static void resolving(Diagnostics diagnostics, Runnable resolve) {
    try {
      resolve.run();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      diagnostics.error("unreadable-ref", "", "a referenced document could not be loaded: " + message,
          "check that the referenced URL or file exists and is reachable");
      throw new SpecException(diagnostics);
    }
  }

  private static void reportMessages(List<String> messages, Diagnostics diagnostics) {
    if (messages != null) {
      messages.forEach(message -> ParserMessages.report(message, diagnostics));
    }
  }
}
