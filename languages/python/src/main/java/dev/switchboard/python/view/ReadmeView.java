package dev.switchboard.python.view;

import java.util.List;

/**
 * {@code README.md}: the core README's sections in its order, each with its heading and prose, and
 * the Python code of the one kind it is (the other kinds are null).
 */
public record ReadmeView(String title, String description, String packageName, List<SectionView> sections) {

  /** A section; exactly one of the kind views is set. */
  public record SectionView(String heading, List<String> prose, Installation installation, SetUp setUp,
      Authentication authentication, ServerVariables serverVariables, Regions regions, Usage usage,
      Pagination pagination, Errors errors, Webhooks webhooks, Operations operations, Publishing publishing) {}

  /** The commands that build the sdist and wheel and upload them. */
  public record Publishing(String commands) {}

  public record Installation(String distributionName, String version) {}

  /** {@code setup}: creating a client and one call; {@code settings}: a client with every setting given. */
  public record SetUp(String setup, String settings, String baseUrlVariable) {}

  /** Table rows (the argument, its variable and what it is) and a client given the first scheme's credentials. */
  public record Authentication(List<Row> credentials, String code) {}

  public record Row(String argument, String environment, String description) {}

  /** List items: the argument and its default, allowed values and description. */
  public record ServerVariables(List<Row> variables) {}

  /** A client created for a region and an edge. */
  public record Regions(String code) {}

  /**
   * {@code inputModels}: whether nested inputs also take their TypedDicts; {@code openInput}: an
   * input model that takes properties its TypedDict cannot list, or null when there is none;
   * {@code tree}: how the client reaches resources, for an API with a resource tree, else null.
   */
  public record Usage(boolean inputModels, OpenInput openInput, Tree tree) {}

  /**
   * The resource tree: {@code example} reaches a resource through keys ({@code client.messages(sid).media(sid)});
   * {@code shortcut} (or null) a member of the client that leaves the first key to it; {@code raw}
   * (or null) calls a method of a resource's {@code with_raw_response}.
   */
  public record Tree(String example, Shortcut shortcut, String raw) {}

  /** {@code client.<member>} is {@code <full>} for the client's own {@code key}, given by {@code option} (or null), else the user name. */
  public record Shortcut(String member, String full, String key, String option) {}

  /** An input model that takes unlisted properties, and its TypedDict. */
  public record OpenInput(String model, String param) {}

  /** A loop over the first paged operation's items. */
  public record Pagination(String code) {}

  /** {@code call}: an example call laid out inside a try block. */
  public record Errors(String baseError, String call) {}

  public record Webhooks(String code) {}

  public record Operations(List<ResourceSection> resources) {}

  /** The operations of one resource. */
  public record ResourceSection(String heading, String description, List<OperationExample> operations) {}

  /** One operation: the method to call, its summary and an example call. */
  public record OperationExample(String call, String summary, boolean deprecated, String code) {}
}
