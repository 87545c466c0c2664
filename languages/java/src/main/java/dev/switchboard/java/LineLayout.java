package dev.switchboard.java;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one statement or declaration that is too long for a line the way google-java-format
 * does: a tree of levels, each laid out flat when it fits and otherwise broken at its own break
 * points (all of them, or, for fill breaks, only where the next part does not fit).
 */
final class LineLayout {
  static final int WIDTH = 100;

  private LineLayout() {}

  /** A piece of a layout: text, a break point, or a level of pieces. */
  sealed interface Doc permits Text, Break, Level {
    int width();

    void flat(StringBuilder out);
  }

  /** Text that never breaks. */
  record Text(String text) implements Doc {
    @Override
    public int width() {
      return text.length();
    }

    @Override
    public void flat(StringBuilder out) {
      out.append(text);
    }
  }

  /** A break point: {@code flat} when not taken; all unified breaks of a level are taken together. */
  static final class Break implements Doc {
    final boolean unified;
    final String flat;
    final int plus;
    boolean taken;
    int indent;

    Break(boolean unified, String flat, int plus) {
      this.unified = unified;
      this.flat = flat;
      this.plus = plus;
    }

    static Break unified(String flat) {
      return new Break(true, flat, 0);
    }

    static Break fill(String flat) {
      return new Break(false, flat, 0);
    }

    @Override
    public int width() {
      return flat.length();
    }

    @Override
    public void flat(StringBuilder out) {
      out.append(flat);
    }
  }

  /** Pieces broken together, their breaks indented by {@code plus} more than the enclosing level. */
  static final class Level implements Doc {
    final int plus;
    final List<Doc> docs = new ArrayList<>();
    /** A level before this one that, when broken, indents this one four more columns (a declaration's name). */
    Level deeperAfter;
    private int width = -1;
    boolean oneLine;

    Level(int plus) {
      this.plus = plus;
    }

    Level deeperAfter(Doc doc) {
      if (doc instanceof Level level) {
        deeperAfter = level;
      }
      return this;
    }

    Level add(Doc doc) {
      docs.add(doc);
      return this;
    }

    Level add(String text) {
      return text.isEmpty() ? this : add(new Text(text));
    }

    @Override
    public int width() {
      if (width < 0) {
        int sum = 0;
        for (Doc doc : docs) {
          sum += doc.width();
        }
        width = sum;
      }
      return width;
    }

    @Override
    public void flat(StringBuilder out) {
      docs.forEach(doc -> doc.flat(out));
    }
  }

  private record State(int indent, int column, boolean mustBreak) {}

  /** Lays {@code doc} out from column {@code indent}; the lines it spans, the first without indentation. */
  static String render(Doc doc, int indent) {
    compute(doc, new State(indent, indent, false), 0);
    StringBuilder out = new StringBuilder();
    write(doc, out);
    return out.toString();
  }

  /**
   * Decides the breaks of {@code doc}; {@code trailing} is the width of the text that follows it up
   * to the next break, which must fit on the same line too.
   */
  private static State compute(Doc doc, State state, int trailing) {
    if (doc instanceof Text text) {
      return new State(state.indent(), state.column() + text.width(), state.mustBreak());
    }
    if (doc instanceof Level level) {
      if (state.column() + level.width() + trailing <= WIDTH) {
        level.oneLine = true;
        return new State(state.indent(), state.column() + level.width(), state.mustBreak());
      }
      level.oneLine = false;
      int deeper = level.deeperAfter != null && !level.deeperAfter.oneLine ? 4 : 0;
      State broken = broken(level, new State(state.indent() + level.plus + deeper, state.column(), false), trailing);
      return new State(state.indent(), broken.column(), state.mustBreak());
    }
    throw new IllegalStateException("a break outside a level");
  }

  private static State broken(Level level, State start, int trailing) {
    int lastIndent = start.indent();
    State state = start;
    List<Doc> split = new ArrayList<>();
    Break pending = null;
    for (Doc doc : level.docs) {
      if (doc instanceof Break brk) {
        state = split(pending, split, state, lastIndent, 0);
        split = new ArrayList<>();
        pending = brk;
      } else {
        split.add(doc);
      }
    }
    return split(pending, split, state, lastIndent, trailing);
  }

  private static State split(Break brk, List<Doc> split, State state, int lastIndent, int trailing) {
    int splitWidth = trailing;
    for (Doc doc : split) {
      splitWidth += doc.width();
    }
    State current = state;
    if (brk != null) {
      boolean take = brk.unified || state.mustBreak() || state.column() + brk.width() + splitWidth > WIDTH;
      brk.taken = take;
      if (take) {
        brk.indent = Math.max(lastIndent + brk.plus, 0);
        current = new State(state.indent(), brk.indent, state.mustBreak());
      } else {
        current = new State(state.indent(), state.column() + brk.width(), state.mustBreak());
      }
    }
    boolean room = current.column() + splitWidth <= WIDTH;
    current = new State(current.indent(), current.column(), false);
    for (int k = 0; k < split.size(); k++) {
      current = compute(split.get(k), current, untilBreak(split, k + 1, trailing));
    }
    return room ? current : new State(current.indent(), current.column(), true);
  }

  /** The width of {@code docs[from..]} up to their first break, plus {@code trailing} if they have none. */
  private static int untilBreak(List<Doc> docs, int from, int trailing) {
    int width = 0;
    for (int k = from; k < docs.size(); k++) {
      int[] sum = {0};
      if (firstBreak(docs.get(k), sum)) {
        return width + sum[0];
      }
      width += sum[0];
    }
    return width + trailing;
  }

  private static boolean firstBreak(Doc doc, int[] sum) {
    if (doc instanceof Break) {
      return true;
    }
    if (doc instanceof Level level) {
      for (Doc child : level.docs) {
        if (firstBreak(child, sum)) {
          return true;
        }
      }
      return false;
    }
    sum[0] += doc.width();
    return false;
  }

  private static void write(Doc doc, StringBuilder out) {
    if (doc instanceof Text text) {
      out.append(text.text());
    } else if (doc instanceof Break brk) {
      if (brk.taken) {
        out.append('\n').append(" ".repeat(brk.indent));
      } else {
        out.append(brk.flat);
      }
    } else {
      Level level = (Level) doc;
      if (level.oneLine) {
        level.flat(out);
      } else {
        level.docs.forEach(d -> write(d, out));
      }
    }
  }
}
