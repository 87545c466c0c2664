package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.spec.LoadedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a loaded spec into the IR. The only place, with {@code spec}, that sees swagger-parser
 * types.
 */
public final class Lowerer {
  private final Diagnostics diagnostics;
  private final LoweringOptions options;

  /** A lowerer that names, pages and authenticates operations as {@code options} say. */
  public Lowerer(Diagnostics diagnostics, LoweringOptions options) {
    this.diagnostics = java.util.Objects.requireNonNull(diagnostics, "diagnostics == null");
    this.options = java.util.Objects.requireNonNull(options, "options == null");
  }

  public Api lower(LoadedSpec spec) {
    OpenAPI openApi = spec.openApi();
    ApiInfo info = info(openApi.getInfo());
    Map<String, Schema> componentSchemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
    TypeRegistry registry = new TypeRegistry(diagnostics);
    SchemaLowerer schemas = new SchemaLowerer(componentSchemas, spec.rawTree(), registry, diagnostics);
    NameChecks.schemaNames(componentSchemas, diagnostics);
    schemas.reserveComponents();
    schemas.declareComponents();
    List<SecurityScheme> fromSpec = new SecurityLowerer(info.clientName(), diagnostics)
        .lower(openApi.getComponents() == null ? null : openApi.getComponents().getSecuritySchemes());
    ConfiguredAuth security = new ConfiguredAuth(fromSpec, options.auth(), info.clientName(), options.configFile());
    OperationLowerer operations = new OperationLowerer(schemas, new Components(openApi),
        new PaginationDetector(registry, options.pagination(), diagnostics), security, openApi.getSecurity());
    Resources resources = new Resources(tagDocs(openApi.getTags()));
    new PathWalker(operations, options.naming(), diagnostics).walk(openApi.getPaths(), resources);
    List<Operation> webhooks = new PathWalker(operations, options.naming(), diagnostics).webhooks(openApi.getWebhooks());
    security.requireKnownOperations();
    return new Api(info, ServerLowerer.lower(openApi.getServers()), security.schemes(), resources.build(),
        registry.sorted(), webhooks, Values.extensions(openApi.getExtensions()));
  }

  private ApiInfo info(Info info) {
    String title = info == null || info.getTitle() == null ? "API" : info.getTitle();
    String version = info == null || info.getVersion() == null ? "0.0.0" : info.getVersion();
    Docs docs = info == null ? Docs.NONE : Docs.of(info.getSummary(), info.getDescription(), false, null);
    Optional<String> license = Optional.ofNullable(info).map(Info::getLicense).map(l -> l.getIdentifier() != null ? l.getIdentifier() : l.getName());
    if (options.clientName().isEmpty()) {
      NameChecks.checkLength("title", title, "/info/title", diagnostics);
    }
    return new ApiInfo(title, version, options.clientName().map(Name::of).orElseGet(() -> derivedClientName(title)), docs, license);
  }

  private static final java.util.regex.Pattern TITLE_END =
      java.util.regex.Pattern.compile("\\s[+(]|['\u2019]s\\b");

  /**
   * The title's name part without trailing "api"/"rest" words: "Kitchen Sink API" gives [kitchen,
   * sink], "Twilio - Messaging" gives [twilio, messaging], "GitHub's official OpenAPI spec" gives
   * [git, hub].
   */
  static Name derivedClientName(String title) {
    java.util.regex.Matcher end = TITLE_END.matcher(title);
    String head = end.find() && end.start() > 0 ? title.substring(0, end.start()) : title;
    List<String> words = new ArrayList<>(Name.of(head).words());
    while (words.size() > 1 && List.of("api", "rest", "openapi", "service", "spec", "specification").contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return new Name(words, title);
  }

  private static Map<String, Docs> tagDocs(List<Tag> tags) {
    Map<String, Docs> docs = new HashMap<>();
    if (tags != null) {
      tags.forEach(tag -> docs.put(tag.getName(), Docs.of(null, tag.getDescription(), false, null)));
    }
    return docs;
  }
}
