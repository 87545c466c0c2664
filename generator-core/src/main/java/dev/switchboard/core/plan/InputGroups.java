package dev.switchboard.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of inputs of which a call must give at least one, as the wire names of the
 * operation's inputs. They come from the neutral {@code x-switchboard-require-one-of} (added by
 * an overlay for any API) and from Twilio's {@code x-twilio: {conditional: [...]}}. Names are
 * matched by their words, so {@code messaging_service_sid} finds {@code MessagingServiceSid}. A
 * group naming an input the operation does not have is dropped with a warning; a group holding a
 * required input is always met and is not kept.
 */
final class InputGroups {
  static final String NEUTRAL = "x-switchboard-require-one-of";
  private static final String TWILIO = "x-twilio";

  private final Diagnostics diagnostics;

  InputGroups(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  List<List<String>> of(Operation operation, List<Input> inputs) {
    Set<List<String>> groups = new LinkedHashSet<>();
    JsonNode neutral = operation.extensions().get(NEUTRAL);
    if (neutral != null) {
      read(neutral, operation.source() + "/" + NEUTRAL, inputs, groups);
    }
    JsonNode twilio = operation.extensions().get(TWILIO);
    if (twilio != null && twilio.has("conditional")) {
      read(twilio.get("conditional"), operation.source() + "/" + TWILIO + "/conditional", inputs, groups);
    }
    return List.copyOf(groups);
  }

  private void read(JsonNode declared, String pointer, List<Input> inputs, Set<List<String>> groups) {
    if (!declared.isArray()) {
      shape(pointer);
      return;
    }
    for (int g = 0; g < declared.size(); g++) {
      group(declared.get(g), pointer + "/" + g, inputs).ifPresent(groups::add);
    }
  }

  private Optional<List<String>> group(JsonNode group, String pointer, List<Input> inputs) {
    if (!group.isArray() || group.isEmpty()) {
      shape(pointer);
      return Optional.empty();
    }
    List<Input> members = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      JsonNode entry = group.get(i);
      Optional<Input> input = entry.isTextual() ? find(entry.textValue(), inputs) : Optional.empty();
      if (input.isEmpty()) {
        diagnostics.warning("require-one-of", pointer + "/" + i, "'" + entry.asText(entry.toString())
            + "' names no input of this operation; the group is dropped and not checked before sending",
            "name a parameter or body property of the operation, as its wire name or in snake_case");
        return Optional.empty();
      }
      if (!members.contains(input.get())) {
        members.add(input.get());
      }
    }
    if (members.stream().anyMatch(Input::required)) {
      return Optional.empty();
    }
    return Optional.of(members.stream().map(Input::wire).toList());
  }

  /** The first input whose wire name or code name has the same words; a whole body has no name to match. */
  private static Optional<Input> find(String name, List<Input> inputs) {
    String key = key(Name.of(name));
    return inputs.stream().filter(i -> i.location() != Input.Location.BODY)
        .filter(i -> key(Name.of(i.wire())).equals(key) || key(i.name()).equals(key))
        .findFirst();
  }

  private static String key(Name name) {
    return String.join("", name.words()).toLowerCase(Locale.ROOT);
  }

  private void shape(String pointer) {
    diagnostics.warning("require-one-of", pointer, "expected a list of groups, each a non-empty list of input names;"
        + " this is ignored", "write [[\"From\", \"MessagingServiceSid\"]]");
  }
}
