package dev.switchboard.python.view;

/**
 * A class's {@code with_raw_response} view, named {@code name}: the {@code body} of its
 * {@code __init__} makes the owner again with {@code raw=True}, then wraps each of its methods
 * returning a plain value so that it returns a {@code RawResponse}.
 */
public record RawView(String name, String owner, String body) {}
