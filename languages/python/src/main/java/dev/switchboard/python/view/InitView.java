package dev.switchboard.python.view;

/** An {@code __init__.py}: its docstring, the imports it re-exports and {@code __all__}. */
public record InitView(String docstring, String imports, String all) {}
