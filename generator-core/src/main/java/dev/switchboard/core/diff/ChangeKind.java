package dev.switchboard.core.diff;

/**
 * A kind of change between two versions of an API, as an SDK user meets it, with the impact it has
 * in every language unless a language says otherwise ({@link Compatibility}).
 */
public enum ChangeKind {
  OPERATION_REMOVED(Impact.BREAKING, "method removed"),
  OPERATION_ADDED(Impact.FEATURE, "method added"),
  OPERATION_DEPRECATED(Impact.FEATURE, "method deprecated"),
  INPUT_REMOVED(Impact.BREAKING, "input removed"),
  OPTIONAL_INPUT_ADDED(Impact.FEATURE, "optional input added"),
  REQUIRED_INPUT_ADDED(Impact.BREAKING, "required input added"),
  INPUT_NOW_REQUIRED(Impact.BREAKING, "input now required"),
  INPUT_NOW_OPTIONAL(Impact.FEATURE, "input now optional"),
  INPUT_TYPE_CHANGED(Impact.BREAKING, "input type changed"),
  /** Path parameters in another order: only calls that pass them by position break. */
  PATH_PARAMETERS_REORDERED(Impact.FIX, "path parameters reordered"),
  PROPERTY_REMOVED(Impact.BREAKING, "property removed"),
  PROPERTY_ADDED(Impact.FEATURE, "property added"),
  /** A property that may now be absent: readers must handle its absence. */
  PROPERTY_NOW_OPTIONAL(Impact.BREAKING, "property now optional"),
  /** A property that is now always present; where its type said it could be absent, that type changes. */
  PROPERTY_NOW_REQUIRED(Impact.FEATURE, "property now required"),
  PROPERTY_TYPE_CHANGED(Impact.BREAKING, "property type changed"),
  ENUM_VALUE_ADDED(Impact.FEATURE, "enum value added"),
  ENUM_VALUE_REMOVED(Impact.BREAKING, "enum value removed"),
  /** An enum whose uses all became plain strings: its importable type is gone, its values still fit. */
  ENUM_REPLACED_BY_STRING(Impact.BREAKING, "enum replaced by a string"),
  TYPE_REMOVED(Impact.BREAKING, "type removed"),
  TYPE_ADDED(Impact.FEATURE, "type added"),
  /** A type generated under another name: code that names it breaks. */
  TYPE_RENAMED(Impact.BREAKING, "type renamed"),
  AUTH_REMOVED(Impact.BREAKING, "security scheme removed"),
  AUTH_ADDED(Impact.FEATURE, "security scheme added"),
  /** The same spec name given another identifier by the SDK (a new generator's naming, a clash numbered anew). */
  IDENTIFIER_CHANGED(Impact.BREAKING, "generated name changed"),
  SERVER_CHANGED(Impact.FIX, "default server changed"),
  DOCS_CHANGED(Impact.FIX, "description changed");

  private final Impact impact;
  private final String text;

  ChangeKind(Impact impact, String text) {
    this.impact = impact;
    this.text = text;
  }

  /** The kind as JSON writes it: lower case, words joined by dashes ({@code input-removed}). */
  @com.fasterxml.jackson.annotation.JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The impact in languages that do not say otherwise. */
  public Impact impact() {
    return impact;
  }

  /** A few words for reports ({@code input removed}). */
  public String text() {
    return text;
  }
}
