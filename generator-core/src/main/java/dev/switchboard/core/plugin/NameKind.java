package dev.switchboard.core.plugin;

/** The kinds of spec names a plugin turns into identifiers; each kind has its own reserved words. */
public enum NameKind {
  TYPE,
  PROPERTY,
  PARAMETER,
  OPERATION,
  RESOURCE,
  ENUM_VALUE
}
