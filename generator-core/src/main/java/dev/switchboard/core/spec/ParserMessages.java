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

  static void report(String message, Diagnostics diagnostics) {
    if (REPORTED_ELSEWHERE.matcher(message).matches()) {
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
