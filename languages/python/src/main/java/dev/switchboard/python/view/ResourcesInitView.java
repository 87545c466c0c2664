package dev.switchboard.python.view;

/** {@code resources/__init__.py}: re-exports every resource class. */
public record ResourcesInitView(String docstring, String imports, String all) {}
