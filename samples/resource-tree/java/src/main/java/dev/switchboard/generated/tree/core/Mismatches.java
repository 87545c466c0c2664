package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Implemented by model builders: decoding hands them the properties whose JSON values did not match
 * their declared types, which the model then exposes as {@code mismatchedProperties()}.
 */
public interface Mismatches {
  /** Keeps a property's JSON value, as received, that could not be read as its declared type. */
  Object putMismatchedProperty(String name, JsonNode value);
}
