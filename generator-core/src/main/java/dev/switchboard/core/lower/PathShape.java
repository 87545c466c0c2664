package dev.switchboard.core.lower;

import dev.switchboard.core.config.NamingConfig;
import dev.switchboard.core.config.NamingConfig.Verb;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an operation's HTTP method and path say about it: the resource (the path's nouns) and the
 * verb. {@code GET /v1/customers} lists customers, {@code POST /v1/customers/{customer}} updates
 * one, {@code POST /v1/payment_intents/{intent}/confirm} is the action {@code confirm} on payment
 * intents. A noun followed by a parameter is singular in the resource name when more nouns follow
 * ({@code /customers/{customer}/sources} is {@code customer sources}). The rules are in
 * docs/plan.md, "Method names".
 */
record PathShape(List<String> resource, Optional<Verb> verb, List<String> action, String httpMethod) {
  private static final Pattern VERSION = Pattern.compile("v\\d+([._]\\d+)*|\\d[\\d.-]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMAT = Pattern.compile("\\.(json|xml|csv|yaml|txt)$", Pattern.CASE_INSENSITIVE);
  /** First words of a trailing path segment that make it an action rather than a noun. */
  private static final Set<String> ACTIONS = Set.of(
      "accept", "activate", "apply", "approve", "archive", "assign", "attach", "authorize", "cancel", "capture",
      "check", "clone", "close", "complete", "confirm", "convert", "copy", "create", "deactivate", "decline",
      "delete", "deliver", "detach", "disable", "dismiss", "download", "enable", "execute", "expire", "export", "fail",
      "finalize", "find", "fund", "import", "increment", "invite", "lock", "mark", "merge", "move", "pause", "pay",
      "preview", "publish", "reactivate", "reauthorize", "redact", "refresh", "reject", "release", "renew",
      "reopen", "reset", "resolve", "restore", "resume", "retry", "reverse", "revoke", "rotate", "run",
      "schedule", "search", "send", "start", "stop", "submit", "subscribe", "sync", "transfer",
      "trigger", "unarchive", "unassign", "unlock", "unpublish", "unsubscribe", "upload", "validate",
      "verify", "void");

  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "data");

  PathShape {
    resource = List.copyOf(resource);
    action = List.copyOf(action);
  }

  /** What the other paths of the API say about one: whether it has items, and its HTTP methods. */
  record Context(boolean collection, Set<String> methods) {}

  /** The shape of a path seen alone: no items below it, only this method on it. */
  static PathShape of(String httpMethod, String path) {
    return of(httpMethod, path, new Context(false, Set.of(httpMethod.toLowerCase(Locale.ROOT))));
  }

  static PathShape of(String httpMethod, String path, Context context) {
    List<Segment> segments = segments(path);
    String method = httpMethod.toLowerCase(Locale.ROOT);
    List<String> action = List.of();
    if (isAction(segments, method, context)) {
      action = segments.get(segments.size() - 1).words();
      segments = segments.subList(0, segments.size() - 1);
    }
    List<String> resource = resource(segments);
    Optional<Verb> verb = action.isEmpty() ? verb(method, segments, context.collection()) : Optional.empty();
    return new PathShape(resource, verb, action, method);
  }

  /**
   * The last segment is an action when it is not the only noun and no items live below it, and it
   * starts with a known verb, or it is a singular word reached only by POST ({@code /refund},
   * {@code /advance}, {@code /process_payment_intent}).
   */
  private static boolean isAction(List<Segment> segments, String method, Context context) {
    long nouns = segments.stream().filter(s -> !s.parameter()).count();
    if (segments.isEmpty() || nouns < 2 || context.collection()) {
      return false;
    }
    Segment last = segments.get(segments.size() - 1);
    if (last.parameter()) {
      return false;
    }
    boolean postOnly = method.equals("post") && context.methods().equals(Set.of("post"));
    return ACTIONS.contains(last.words().get(0)) || postOnly && !isPlural(last.words().get(last.words().size() - 1));
  }

  /** The path without a format suffix, as {@link Context}s are keyed. */
  static String key(String path) {
    StringBuilder key = new StringBuilder();
    for (String raw : path.split("/")) {
      String segment = FORMAT.matcher(raw).replaceFirst("");
      if (!segment.isBlank()) {
        key.append('/').append(segment.startsWith("{") ? "{}" : segment);
      }
    }
    return key.toString();
  }

  /** The method's own words: the action, the configured word for the verb, or the HTTP method. */
  List<String> method(NamingConfig naming) {
    if (!action.isEmpty()) {
      return action;
    }
    return verb.map(v -> Name.of(naming.verb(v)).words()).orElse(List.of(httpMethod));
  }

  private static Optional<Verb> verb(String method, List<Segment> segments, boolean collection) {
    boolean item = !segments.isEmpty() && segments.get(segments.size() - 1).parameter();
    boolean plural = !item && collection || !item && segments.stream().filter(s -> !s.parameter()).reduce((a, b) -> b)
        .map(s -> isPlural(s.words().get(s.words().size() - 1))).orElse(false);
    return switch (method) {
      case "get" -> Optional.of(plural ? Verb.LIST : Verb.RETRIEVE);
      case "post" -> Optional.of(plural ? Verb.CREATE : Verb.UPDATE);
      case "put", "patch" -> Optional.of(Verb.UPDATE);
      case "delete" -> Optional.of(Verb.DELETE);
      default -> Optional.empty();
    };
  }

  private static List<String> resource(List<Segment> segments) {
    List<String> words = new ArrayList<>();
    int lastNoun = -1;
    for (int i = 0; i < segments.size(); i++) {
      if (!segments.get(i).parameter()) {
        lastNoun = i;
      }
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (segment.parameter()) {
        continue;
      }
      List<String> nounWords = new ArrayList<>(segment.words());
      boolean owner = i < lastNoun && i + 1 < segments.size() && segments.get(i + 1).parameter();
      if (owner) {
        int end = nounWords.size() - 1;
        nounWords.set(end, Words.singular(nounWords.get(end)));
      }
      words.addAll(nounWords);
    }
    return words.isEmpty() ? List.of("default") : words;
  }

  static boolean isPlural(String word) {
    return IRREGULAR_PLURALS.contains(word) || word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
  }

  /** A path segment: a parameter ({@code {id}}, also {@code {Sid}.json}) or a noun's words. */
  private record Segment(boolean parameter, List<String> words) {}

  private static List<Segment> segments(String path) {
    List<Segment> segments = new ArrayList<>();
    for (String raw : path.split("/")) {
      String segment = FORMAT.matcher(raw).replaceFirst("");
      if (segment.isBlank() || VERSION.matcher(segment).matches()) {
        continue;
      }
      if (segment.startsWith("{") || segment.startsWith(":")) {
        segments.add(new Segment(true, List.of()));
      } else {
        segments.add(new Segment(false, Name.of(segment).words()));
      }
    }
    return segments;
  }
}
