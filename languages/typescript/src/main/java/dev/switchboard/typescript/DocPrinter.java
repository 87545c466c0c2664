package dev.switchboard.typescript;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Prints a {@link Doc} at a width, breaking the outermost groups that do not fit first. */
final class DocPrinter {
  private record Command(int indent, boolean flat, Doc doc) {}

  private final int width;
  private final StringBuilder out = new StringBuilder();
  private int column;

  private DocPrinter(int width, int column) {
    this.width = width;
    this.column = column;
  }

  /** Prints {@code doc} starting at {@code indent} spaces, the current line already that long. */
  static String print(Doc doc, int width, int indent) {
    DocPrinter printer = new DocPrinter(width, indent);
    printer.run(new Command(indent, false, doc));
    return printer.out.toString();
  }

  private void run(Command first) {
    Deque<Command> stack = new ArrayDeque<>();
    stack.push(first);
    while (!stack.isEmpty()) {
      Command command = stack.pop();
      step(command, stack);
    }
  }

  private void step(Command command, Deque<Command> stack) {
    Doc doc = command.doc();
    if (doc instanceof Doc.Text text) {
      out.append(text.text());
      column += text.text().length();
    } else if (doc instanceof Doc.Line line) {
      newline(command, line);
    } else if (doc instanceof Doc.NextLineIfFits next) {
      nextLineIfFits(command, next, stack);
    } else if (doc instanceof Doc.Group group) {
      boolean flat = command.flat() || fits(new Command(command.indent(), true, group.content()), stack);
      stack.push(new Command(command.indent(), flat, group.content()));
    } else {
      expand(command, stack);
    }
  }

  private void nextLineIfFits(Command command, Doc.NextLineIfFits next, Deque<Command> stack) {
    int rest = restOfLine(stack);
    boolean fits = column + 1 + next.text().length() + rest <= width;
    boolean fitsBelow = command.indent() + 2 + next.text().length() + rest <= width;
    if (fits || !fitsBelow) {
      out.append(' ').append(next.text());
      column += 1 + next.text().length();
    } else {
      out.append('\n').append(" ".repeat(command.indent() + 2)).append(next.text());
      column = command.indent() + 2 + next.text().length();
    }
  }

  /** The length of the text that follows on the same line (the closing {@code ;}). */
  private static int restOfLine(Deque<Command> stack) {
    int length = 0;
    for (Command command : stack) {
      if (!(command.doc() instanceof Doc.Text text)) {
        break;
      }
      length += text.text().length();
    }
    return length;
  }

  /** Pushes the content of an indent, concatenation or break choice, keeping the mode. */
  private static void expand(Command command, Deque<Command> stack) {
    Doc doc = command.doc();
    if (doc instanceof Doc.Indent indent) {
      stack.push(new Command(command.indent() + 2, command.flat(), indent.content()));
    } else if (doc instanceof Doc.Concat concat) {
      pushAll(stack, command, concat.parts());
    } else if (doc instanceof Doc.IfBreak choice) {
      stack.push(new Command(command.indent(), command.flat(), command.flat() ? choice.flat() : choice.broken()));
    } else if (doc instanceof Doc.Group group) {
      stack.push(new Command(command.indent(), command.flat(), group.content()));
    }
  }

  private void newline(Command command, Doc.Line line) {
    if (command.flat()) {
      out.append(line.flat());
      column += line.flat().length();
      return;
    }
    out.append('\n').append(" ".repeat(command.indent()));
    column = command.indent();
  }

  private static void pushAll(Deque<Command> stack, Command parent, List<Doc> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      stack.push(new Command(parent.indent(), parent.flat(), parts.get(i)));
    }
  }

  /** Whether the group, then the rest up to the next line break, fits in what is left of the line. */
  private boolean fits(Command next, Deque<Command> rest) {
    int remaining = width - column;
    Deque<Command> pending = new ArrayDeque<>();
    pending.push(next);
    var restIterator = rest.iterator();
    while (remaining >= 0) {
      if (pending.isEmpty()) {
        if (!restIterator.hasNext()) {
          return true;
        }
        pending.push(restIterator.next());
        continue;
      }
      Command command = pending.pop();
      Doc doc = command.doc();
      if (doc instanceof Doc.Text text) {
        remaining -= text.text().length();
      } else if (doc instanceof Doc.NextLineIfFits lineText) {
        remaining -= 1 + lineText.text().length();
      } else if (doc instanceof Doc.Line line) {
        if (!command.flat()) {
          return true;
        }
        remaining -= line.flat().length();
      } else {
        expand(command, pending);
      }
    }
    return false;
  }
}
