package dev.switchboard.core.readme;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.plan.ErrorBody;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.InputTypes;
import dev.switchboard.core.plan.PagingDocs;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.text.HtmlReader;
import dev.switchboard.core.text.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link Readme}: the outline, every sentence, and which operation each example calls. */
final class ReadmeBuilder {
  private final Api api;
  private final Plan plan;
  private final Map<String, Operation> operations;

  ReadmeBuilder(Api api, Plan plan) {
    this.api = api;
    this.plan = plan;
    this.operations = api.operations().collect(Collectors.toMap(Operation::id, Function.identity(), (a, b) -> a));
  }

  /**
   * Installation, set-up, authentication, server variables, regions and edges (when configured),
   * usage, pagination (when an operation pages), errors, webhooks (when configured), every
   * operation by resource, then how to publish the package.
   */
  Readme build() {
    List<Call> calls = plan.resources().stream().flatMap(r -> r.operations().stream().map(op -> call(r, op))).toList();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section.Installation(List.of()));
    sections.add(setUp(calls.stream().findFirst()));
    authentication().ifPresent(sections::add);
    serverVariables().ifPresent(sections::add);
    plan.regions().map(ReadmeBuilder::regions).ifPresent(sections::add);
    sections.add(usage());
    calls.stream().filter(c -> c.result() instanceof Result.Paged).findFirst().map(ReadmeBuilder::pagination)
        .ifPresent(sections::add);
    sections.add(errors(calls));
    plan.webhooks().map(signature -> new Section.Webhooks(List.of("The API signs the webhooks it sends. "
        + signature.describe() + " Check each request with the webhook's secret before trusting it: the check fails"
        + " with a webhook verification error, saying why, when the signature is missing or wrong."), signature))
        .ifPresent(sections::add);
    sections.add(new Section.Operations(List.of(), resources(calls)));
    sections.add(new Section.Publishing(List.of("This package is generated from the API's OpenAPI description by"
        + " Switchboard. A release made with `switchboard generate --release` sets its version by semantic versioning"
        + " and lists the changes in `CHANGELOG.md`. To publish it:")));
    return new Readme(title(), description(), sections);
  }

  private String title() {
    String title = api.info().title().isBlank() ? String.join(" ", api.info().clientName().words()) : api.info().title();
    return Markdown.line(title);
  }

  private String description() {
    return text(api.info().docs());
  }

  private Section setUp(Optional<Call> example) {
    String variable = plan.identity().baseUrlVariable();
    String where = plan.defaultServer().map(server -> "Requests go to " + Markdown.code(server.defaultUrl())
        + ", the API's first server, unless").orElse("Requests go to the base URL the client is given: the API names no"
        + " server. When");
    String base = plan.defaultServer().isPresent()
        ? " the client is given a base URL, a setting also read from the environment variable " + Markdown.code(variable) + "."
        : " none is given, it is read from the environment variable " + Markdown.code(variable) + ".";
    return new Section.SetUp(List.of("One client holds the settings, the credentials and the connections: create it once"
        + " and use it for every call.", where + base), variable, example);
  }

  private Optional<Section> authentication() {
    List<Section.Credential> rows = new ArrayList<>();
    for (PlanAuth scheme : plan.auth()) {
      String description = scheme.description().map(HtmlReader::plainText).map(Markdown::line)
          .filter(text -> !text.isEmpty()).orElse(kind(scheme));
      for (PlanAuth.Credential credential : scheme.credentials()) {
        rows.add(new Section.Credential(scheme.name(), scheme.type(), credential.name(), credential.environment(),
            description));
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Section.Authentication(List.of("Credentials are client settings; one that is not given is"
        + " read from its environment variable. A call that needs credentials, when none of those it accepts is given"
        + " or set, fails before anything is sent, with an error naming the settings and variables to set."), rows));
  }

  /** What a scheme is, for a credential whose scheme has no description. */
  static String kind(PlanAuth scheme) {
    return switch (scheme.type()) {
      case BASIC -> "HTTP basic authentication.";
      case BEARER -> "Bearer token.";
      case API_KEY -> scheme.apiKey().map(key -> "API key, sent in the " + key.in() + " " + Markdown.code(key.name()) + ".")
          .orElseThrow();
      case OAUTH2_CLIENT_CREDENTIALS -> "OAuth 2 client credentials.";
    };
  }

  private Optional<Section> serverVariables() {
    Optional<PlanServer> server = plan.defaultServer().filter(s -> !s.variables().isEmpty());
    return server.map(s -> new Section.ServerVariables(List.of("The server's URL, " + Markdown.code(s.url())
        + ", has variables; each is a client setting with a default:"), s.variables().stream().map(v -> {
          String allowed = v.allowedValues().isEmpty() ? ""
              : ", one of " + v.allowedValues().stream().map(Markdown::code).collect(Collectors.joining(", "));
          String described = v.description().map(HtmlReader::plainText).map(Markdown::line).filter(d -> !d.isEmpty())
              .map(d -> ". " + d).orElse("");
          return new Section.Variable(v.name(), "default " + Markdown.code(v.defaultValue()) + allowed + described);
        }).toList()));
  }

  private static Section regions(HostRewrite rewrite) {
    String hosts = rewrite.hosts().stream().map(Markdown::code).collect(Collectors.joining(", "));
    String only = rewrite.defaultRegion().map(region -> " With an edge and no region, the region is "
        + Markdown.code(region) + ".").orElse("");
    String moves = "A region and an edge move each request whose host matches " + hosts + " to "
        + Markdown.code(rewrite.rewrite()) + " (" + Markdown.code("{host}") + " is the host's first label; a label"
        + " whose value is not set is left out), next-page links included; nothing moves while neither is set." + only;
    String settings = "Both are client settings, read from the environment variables "
        + Markdown.code(rewrite.regionVariable()) + " and " + Markdown.code(rewrite.edgeVariable()) + " when not given:";
    return new Section.Regions(List.of(moves, settings), rewrite, rewrite.defaultRegion().orElse("us1"), "ashburn");
  }

  private Section usage() {
    boolean inputModels = !InputTypes.reachable(plan, api.typesById()).isEmpty();
    return new Section.Usage(List.of("Operations are grouped by resource (see Operations below). A call takes the"
        + " operation's inputs, under the names this SDK gives them, while the API's own names go on the wire; an"
        + " optional input that is not given is not sent. It returns the response decoded to the SDK's types:"
        + " a model, a list, text, bytes, a stream of events or the items of every page."), inputModels);
  }

  private static Section pagination(Call example) {
    String how = PagingDocs.describe(((Result.Paged) example.result()).pagination());
    return new Section.Pagination(List.of("A list operation's result gives every item of every page, fetching each page"
        + " only when the items before it are used up; " + how + ".", "Every list call also takes an optional item"
        + " limit, a positive number (the option is called limit, or max items, spelled as the SDK spells names, where an"
        + " input already has that name): iterating then stops after that many items and fetches no page past them."),
        example);
  }

  private Section errors(List<Call> calls) {
    List<String> prose = new ArrayList<>();
    prose.add("A call the API answers with an error status fails with the SDK's status error for it, holding the"
        + " status, the headers, the decoded body and the raw body; a call without an answer fails with a connection or"
        + " timeout error. Connection failures, 408, 429 and 5xx answers are retried first, with exponential backoff and jitter,"
        + " as long as " + Markdown.code("Retry-After") + " says; a POST or PATCH only when it carries an idempotency key.");
    errorFields().ifPresent(prose::add);
    Optional<Call> example = calls.stream().filter(c -> plan.operation(c.operation()).errors().stream()
        .anyMatch(e -> e.type().isPresent())).findFirst().or(() -> calls.stream().findFirst());
    return new Section.Errors(prose, example);
  }

  /** Where the API's own error code and message are, when error bodies say (ErrorBody). */
  private Optional<String> errorFields() {
    Set<String> places = new LinkedHashSet<>();
    for (PlanResource resource : plan.resources()) {
      for (PlanOperation operation : resource.operations()) {
        for (ErrorBody error : operation.errors()) {
          List<String> parts = new ArrayList<>();
          if (!error.code().isEmpty()) {
            parts.add("the code from " + Markdown.code(String.join(".", error.code())));
          }
          if (!error.message().isEmpty()) {
            parts.add("the message from " + Markdown.code(String.join(".", error.message())));
          }
          if (!parts.isEmpty()) {
            places.add(String.join(" and ", parts));
          }
        }
      }
    }
    if (places.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("The API's own error code and message are read from its error body and shown in the error's"
        + " message: " + String.join("; or ", places) + ".");
  }

  private List<Section.ResourceCalls> resources(List<Call> calls) {
    List<Section.ResourceCalls> resources = new ArrayList<>();
    for (int i = 0; i < plan.resources().size(); i++) {
      PlanResource resource = plan.resources().get(i);
      String description = text(api.resources().get(i).docs());
      resources.add(new Section.ResourceCalls(resource.name(), title(resource.name()), description,
          calls.stream().filter(c -> c.resource().equals(resource.name())).toList()));
    }
    return resources;
  }

  /** A resource's words as a title: {@code payment intents} is "Payment intents". */
  static String title(Name name) {
    String words = String.join(" ", name.words());
    return Markdown.line(words.isEmpty() ? name.wire() : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
  }

  private Call call(PlanResource resource, PlanOperation planned) {
    Operation operation = operations.get(planned.id());
    String summary = operation.docs().summary().or(() -> operation.docs().description()).map(HtmlReader::plainText)
        .map(Markdown::line).filter(s -> !s.isEmpty())
        .orElse(Markdown.code(planned.httpMethod().toUpperCase(Locale.ROOT) + " " + planned.path()));
    List<Call.Argument> arguments = planned.inputs().stream().filter(i -> i.example().isPresent())
        .map(i -> new Call.Argument(i.name(), i.wire(), i.location(), i.example().orElseThrow())).toList();
    return new Call(planned.id(), resource.name(), planned.method(), summary, planned.deprecated(), arguments,
        planned.result());
  }

  private static String text(Docs docs) {
    return docs.text().map(HtmlReader::plainText).map(Markdown::line).orElse("");
  }
}
