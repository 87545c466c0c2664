package dev.switchboard.core.diagnostics;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the input, as data: a stable id, where it is (file and JSON pointer, or a line
 * and column for syntax errors), what is wrong and what to do.
 */
public record Diagnostic(
    String id, Severity severity, String file, String location, String message, Optional<String> hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::id)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(hint, "hint == null");
  }

  /** {@code file: /json/pointer: severity: message (hint)}. */
  public String format() {
    String where = location.isEmpty() ? "/" : location;
    return printable(file + ": " + where + ": " + severity.label() + ": " + message
        + hint.map(h -> " (" + h + ")").orElse(""));
  }

  /** Control characters from the spec are shown as escapes, never sent to the terminal. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
