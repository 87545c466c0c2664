package dev.switchboard.python.view;

/** {@code pyproject.toml}, {@code _version.py} and the package's {@code __init__.py}. */
public record ProjectView(
    String packageName,
    String distributionName,
    String version,
    String description,
    String baseError,
    String moduleDocstring) {}
