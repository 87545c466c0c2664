package dev.switchboard.core.spec;

import dev.switchboard.core.diagnostics.Diagnostics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns swagger-parser's prose messages into warnings with a JSON pointer where it names one. */
final class ParserMessages {
  private static final Pattern ATTRIBUTE = Pattern.compile("attribute ([^ ]+)");

  private ParserMessages() {}

  /** Messages that Switchboard reports itself, with a better location and a repair. */
  private static final Pattern REPORTED_ELSEWHERE =
      Pattern.compile(".*(doesn't adhere to regular expression|operationId is repeated).*");

  /** The parser's own failures (a cast that failed on a value of the wrong shape): the part is dropped. */
  private static final Pattern PARSER_FAILURE = Pattern.compile("(?s).*(cannot be cast to|Exception|NullPointer).*");

  static void report(String message, Diagnostics diagnostics) {
    if (REPORTED_ELSEWHERE.matcher(message).matches()) {
      return;
    }
    if (PARSER_FAILURE.matcher(message).matches()) {
      diagnostics.error("wrong-shape", pointer(message),
          "a value has the wrong shape (for example a list where a mapping is expected, as in a media type given as an array); the parser could not read that part",
          "compare the spec with the OpenAPI schema: media types, responses and schemas must be mappings");
      return;
    }
    diagnostics.warning("spec-validation", pointer(message), message, "the generator continues; fix the spec to silence this");
  }

  private static String pointer(String message) {
    Matcher matcher = ATTRIBUTE.matcher(message);
    if (!matcher.find()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (String token : matcher.group(1).split("\\.(?=(?:[^']*'[^']*')*[^']*$)")) {
      pointer.append('/').append(JsonPointers.escape(token.replace("'", "")));
    }
    return pointer.toString();
  }
}
