package dev.switchboard.python.view;

import java.util.List;

/**
 * A module of the {@code models} package: enums, then model classes, then type aliases and unions
 * (which refer to classes at import time, so they come last, each after the ones it uses), then
 * {@code lateImports} (empty when none): the models package, which the classes' annotations name.
 */
public record ModelsView(
    String docstring,
    String imports,
    List<EnumView> enums,
    List<ClassView> classes,
    List<DefinitionView> definitions,
    String lateImports) {

  /** An open enum class; {@code header} is its {@code class ...:} line(s). */
  public record EnumView(String header, String docstring, List<LineView> members) {
    public boolean hasMembers() {
      return !members.isEmpty();
    }

    /** Needs {@code pass}: no members and no docstring. */
    public boolean empty() {
      return members.isEmpty() && docstring.isEmpty();
    }
  }

  /** A model class; {@code header} is its {@code class ...:} line(s). */
  public record ClassView(String header, String docstring, List<LineView> fields) {
    public boolean hasFields() {
      return !fields.isEmpty();
    }

    /** Needs {@code pass}: no fields and no docstring. */
    public boolean empty() {
      return fields.isEmpty() && docstring.isEmpty();
    }
  }

  /**
   * A module-level assignment ({@code Name = ...}) with its docstring; {@code afterImports} when it
   * directly follows the imports (one blank line before it instead of two).
   */
  public record DefinitionView(String code, String docstring, boolean afterImports) {
    public DefinitionView withAfterImports() {
      return new DefinitionView(code, docstring, true);
    }
  }

  /** One statement inside a class, with an attribute docstring when the spec documents it. */
  public record LineView(String code, String docstring) {}
}
