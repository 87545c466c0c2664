package dev.switchboard.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python annotation as a tree ({@code Union[A, B]} is {@code Union} with two arguments), so a
 * long one can be split over lines the way ruff's formatter splits it: a single argument on its own
 * line, several arguments one per line with a trailing comma.
 */
public record PyType(String head, List<PyType> args) {
  public PyType {
    args = List.copyOf(args);
  }

  public static PyType of(String name) {
    return new PyType(name, List.of());
  }

  public static PyType generic(String head, PyType... args) {
    return new PyType(head, List.of(args));
  }

  public static PyType generic(String head, List<PyType> args) {
    return new PyType(head, args);
  }

  /** The same type with one more argument, e.g. {@code Union[A, B]} to {@code Union[A, B, C]}. */
  public PyType with(PyType arg) {
    List<PyType> more = new ArrayList<>(args);
    more.add(arg);
    return new PyType(head, more);
  }

  public boolean is(String name) {
    return head.equals(name);
  }

  /** The annotation on one line. */
  public String flat() {
    if (args.isEmpty()) {
      return head;
    }
    return head + "[" + String.join(", ", args.stream().map(PyType::flat).toList()) + "]";
  }

  /**
   * The annotation in a line at {@code indent} that has {@code before} columns before it and
   * {@code after} columns after it (on its last line); split when the line would be too long.
   */
  public String render(int indent, int before, int after) {
    String flat = flat();
    if (args.isEmpty() || indent + before + PyCode.width(flat) + after <= PyCode.LINE_LENGTH) {
      return flat;
    }
    String pad = " ".repeat(indent + 4);
    StringBuilder out = new StringBuilder(head).append("[\n");
    if (args.size() == 1) {
      out.append(pad).append(args.get(0).render(indent + 4, 0, 0)).append('\n');
    } else {
      for (PyType arg : args) {
        out.append(pad).append(arg.render(indent + 4, 0, 1)).append(",\n");
      }
    }
    return out.append(" ".repeat(indent)).append(']').toString();
  }

  @Override
  public String toString() {
    return flat();
  }
}
