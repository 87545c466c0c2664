package dev.switchboard.core.readme;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.WebhookSignature;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the README, discriminated by {@code section}: its heading and paragraphs of prose
 * (Markdown) are the same in every language; what it holds besides is what a plugin needs to print
 * the section's code. A {@link Visitor} handles every kind, so a new kind reaches every plugin.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "section")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Section.Installation.class, name = "installation"),
  @JsonSubTypes.Type(value = Section.SetUp.class, name = "set-up"),
  @JsonSubTypes.Type(value = Section.Authentication.class, name = "authentication"),
  @JsonSubTypes.Type(value = Section.ServerVariables.class, name = "server-variables"),
  @JsonSubTypes.Type(value = Section.Regions.class, name = "regions"),
  @JsonSubTypes.Type(value = Section.Usage.class, name = "usage"),
  @JsonSubTypes.Type(value = Section.Pagination.class, name = "pagination"),
  @JsonSubTypes.Type(value = Section.Errors.class, name = "errors"),
  @JsonSubTypes.Type(value = Section.Webhooks.class, name = "webhooks"),
  @JsonSubTypes.Type(value = Section.Operations.class, name = "operations"),
  @JsonSubTypes.Type(value = Section.Publishing.class, name = "publishing")
})
@JsonPropertyOrder({"heading", "prose"})
public sealed interface Section {
  /** The section's heading, plain text. */
  @JsonProperty
  String heading();

  /** Paragraphs of Markdown, printed before the section's code. */
  List<String> prose();

  <T> T accept(Visitor<T> visitor);

  /** One method per kind of section. */
  interface Visitor<T> {
    T installation(Installation section);

    T setUp(SetUp section);

    T authentication(Authentication section);

    T serverVariables(ServerVariables section);

    T regions(Regions section);

    T usage(Usage section);

    T pagination(Pagination section);

    T errors(Errors section);

    T webhooks(Webhooks section);

    T operations(Operations section);

    T publishing(Publishing section);
  }

  /** How the package's maintainers publish a release: the plugin's commands for its registry. */
  record Publishing(List<String> prose) implements Section {
    public Publishing {
      prose = List.copyOf(prose);
    }

    @Override
    public String heading() {
      return "Publishing";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.publishing(this);
    }
  }

  /** How to install the package: the plugin's command alone. */
  record Installation(List<String> prose) implements Section {
    public Installation {
      prose = List.copyOf(prose);
    }

    @Override
    public String heading() {
      return "Installation";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.installation(this);
    }
  }

  /** Creating a client, and one call with it ({@code example}, absent when the API has no operation). */
  record SetUp(List<String> prose, String baseUrlVariable, Optional<Call> example) implements Section {
    public SetUp {
      prose = List.copyOf(prose);
      Objects.requireNonNull(baseUrlVariable, "baseUrlVariable == null");
      Objects.requireNonNull(example, "example == null");
    }

    @Override
    public String heading() {
      return "Set-up";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.setUp(this);
    }
  }

  /** The credentials a client takes, one row each, in the plan's scheme and credential order. */
  record Authentication(List<String> prose, List<Credential> credentials) implements Section {
    public Authentication {
      prose = List.copyOf(prose);
      credentials = List.copyOf(credentials);
    }

    @Override
    public String heading() {
      return "Authentication";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.authentication(this);
    }

    /** The first scheme's credentials: the ones the set-up example passes. */
    public List<Credential> firstScheme() {
      return credentials.stream().filter(c -> c.scheme().equals(credentials.get(0).scheme())).toList();
    }
  }

  /**
   * A credential: its scheme (name and kind), its own neutral name, the variable it is read from
   * and what it is (the scheme's description, else its kind), Markdown.
   */
  @JsonPropertyOrder({"scheme", "type", "name", "environment", "description"})
  record Credential(Name scheme, PlanAuth.Type type, Name name, String environment, String description) {
    public Credential {
      Objects.requireNonNull(scheme, "scheme == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(environment, "environment == null");
      Objects.requireNonNull(description, "description == null");
    }
  }

  /** The default server's variables, each a client setting. */
  record ServerVariables(List<String> prose, List<Variable> variables) implements Section {
    public ServerVariables {
      prose = List.copyOf(prose);
      variables = List.copyOf(variables);
    }

    @Override
    public String heading() {
      return "Server variables";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.serverVariables(this);
    }
  }

  /** A server variable: its neutral name and, in Markdown, its default, allowed values and description. */
  @JsonPropertyOrder({"name", "text"})
  record Variable(Name name, String text) {
    public Variable {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(text, "text == null");
    }
  }

  /** The region and edge settings (config {@code regions:}), with values for an example. */
  record Regions(List<String> prose, HostRewrite rewrite, String exampleRegion, String exampleEdge) implements Section {
    public Regions {
      prose = List.copyOf(prose);
      Objects.requireNonNull(rewrite, "rewrite == null");
      Objects.requireNonNull(exampleRegion, "exampleRegion == null");
      Objects.requireNonNull(exampleEdge, "exampleEdge == null");
    }

    @Override
    public String heading() {
      return "Regions and edges";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.regions(this);
    }
  }

  /**
   * How calls take inputs and return results; {@code inputModels} is whether any input takes an
   * object type ({@code InputTypes.reachable}), so that an SDK with plain-data forms says so.
   */
  record Usage(List<String> prose, boolean inputModels) implements Section {
    public Usage {
      prose = List.copyOf(prose);
    }

    @Override
    public String heading() {
      return "Usage";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.usage(this);
    }
  }

  /** How pages follow one another, with the first paged operation as the example. */
  record Pagination(List<String> prose, Call example) implements Section {
    public Pagination {
      prose = List.copyOf(prose);
      Objects.requireNonNull(example, "example == null");
    }

    @Override
    public String heading() {
      return "Pagination";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.pagination(this);
    }
  }

  /** What a failed call raises, with a call to catch errors around. */
  record Errors(List<String> prose, Optional<Call> example) implements Section {
    public Errors {
      prose = List.copyOf(prose);
      Objects.requireNonNull(example, "example == null");
    }

    @Override
    public String heading() {
      return "Errors";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.errors(this);
    }
  }

  /** How to check a webhook's signature (config {@code webhooks:}). */
  record Webhooks(List<String> prose, WebhookSignature signature) implements Section {
    public Webhooks {
      prose = List.copyOf(prose);
      Objects.requireNonNull(signature, "signature == null");
    }

    @Override
    public String heading() {
      return "Webhooks";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.webhooks(this);
    }
  }

  /** Every operation, by resource, with an example call. */
  record Operations(List<String> prose, List<ResourceCalls> resources) implements Section {
    public Operations {
      prose = List.copyOf(prose);
      resources = List.copyOf(resources);
    }

    @Override
    public String heading() {
      return "Operations";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.operations(this);
    }
  }

  /** A resource: its neutral name, its title and description (Markdown) and a call of each operation. */
  @JsonPropertyOrder({"name", "title", "description", "calls"})
  record ResourceCalls(Name name, String title, String description, List<Call> calls) {
    public ResourceCalls {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(title, "title == null");
      Objects.requireNonNull(description, "description == null");
      calls = List.copyOf(calls);
    }
  }
}
