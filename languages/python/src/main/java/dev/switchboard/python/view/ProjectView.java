package dev.switchboard.python.view;

/**
 * {@code pyproject.toml}, {@code _version.py} and the package's {@code __init__.py}. {@code license}
 * is the spec's licence as a TOML string, or null when the spec names none.
 */
public record ProjectView(
    String packageName,
    String distributionName,
    String version,
    String description,
    String license,
    String repository,
    String author,
    String baseError,
    String moduleDocstring) {}
