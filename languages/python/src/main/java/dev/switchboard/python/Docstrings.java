package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.text.Markdown;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Shape;
import java.util.List;
import java.util.Optional;

/** Docstring text for methods and their arguments (escaped later by {@link PyText#docstring}). */
final class Docstrings {
  private static final String OPTIONS_DOC =
      "Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.";

  private static final String DELETED_DOC =
      "True when the server deleted; False when it accepted the delete to carry out later (202).";

  private static final String LIMIT_DOC =
      "Stop after this many items, fetching no page past them; all of them when left out.";

  private Docstrings() {}

  /** A method's docstring at method-body indentation (8), without its first indentation. */
  static String method(Operation operation, List<Argument> arguments, Optional<String> itemLimit, Shape shape) {
    StringBuilder text = new StringBuilder();
    text.append(markdown(operation.docs()).orElse(operation.method() + " " + operation.path()));
    if (operation.docs().deprecated()) {
      text.append("\n\nDeprecated: this operation may be removed in a future version of the API.");
    }
    if (itemLimit.isPresent()) {
      text.append("\n\nIterating the result fetches further pages as needed; iter_pages() yields whole pages.");
    }
    text.append("\n\nArgs:");
    for (Argument argument : arguments) {
      if (!argument.doc().isEmpty()) {
        text.append("\n    ").append(argument.name()).append(':');
        appendIndented(text, argument.doc());
      }
    }
    itemLimit.ifPresent(name -> text.append("\n    ").append(name).append(": ").append(LIMIT_DOC));
    text.append("\n    request_options: ").append(OPTIONS_DOC);
    if (shape == Shape.DELETED) {
      text.append("\n\nReturns:\n    ").append(DELETED_DOC);
    }
    return PyText.docstring(Optional.of(text.toString()), 8).orElseThrow();
  }

  /** Continuation lines of an argument description are indented under its name. */
  private static void appendIndented(StringBuilder text, String doc) {
    String[] lines = doc.strip().split("\\R");
    text.append(' ').append(lines[0].strip());
    for (int i = 1; i < lines.length; i++) {
      text.append('\n').append(lines[i].isBlank() ? "" : "        " + lines[i].strip());
    }
  }

  static String parameter(Docs docs, Optional<JsonNode> defaultValue) {
    String text = text(docs);
    if (defaultValue.isPresent() && !defaultValue.get().isNull() && !defaultValue.get().isContainerNode()) {
      text = (text.isEmpty() ? "" : text + " ") + "The server's default is " + defaultValue.get().asText() + ".";
    }
    return text;
  }

  /** The docs' text with its HTML rewritten as Markdown. */
  static Optional<String> markdown(Docs docs) {
    return docs.text().map(Markdown::fromHtml);
  }

  static String text(Docs docs) {
    String text = markdown(docs).orElse("");
    return docs.deprecated() ? ("Deprecated. " + text).strip() : text;
  }
}
