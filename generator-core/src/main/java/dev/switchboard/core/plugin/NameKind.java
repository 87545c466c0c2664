package dev.switchboard.core.plugin;

/** The kinds of spec names a plugin turns into identifiers. */
public enum NameKind {
  TYPE,
  PROPERTY,
  PARAMETER,
  OPERATION
}
