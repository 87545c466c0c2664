package dev.switchboard.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.util.Map;

/**
 * Whether a property holds personal data, from its extensions: Twilio's
 * {@code x-twilio: {pii: {handling: standard, deleteSla: 30}}} (any {@code pii} object) or any
 * API's {@code x-switchboard-sensitive: true}. One flag, so no SDK needs to know either spelling.
 */
final class PersonalData {
  static final String EXTENSION = "x-switchboard-sensitive";

  private PersonalData() {}

  static boolean marked(Map<String, JsonNode> extensions, String pointer, Diagnostics diagnostics) {
    JsonNode twilio = extensions.get("x-twilio");
    boolean pii = twilio != null && twilio.path("pii").isObject();
    JsonNode own = extensions.get(EXTENSION);
    if (own == null) {
      return pii;
    }
    if (!own.isBoolean()) {
      diagnostics.warning("sensitive", pointer + "/" + EXTENSION, EXTENSION + " must be true or false, got '" + own + "'",
          "write " + EXTENSION + ": true to mask the property in the SDKs' text of a model");
      return pii;
    }
    return own.booleanValue();
  }
}
