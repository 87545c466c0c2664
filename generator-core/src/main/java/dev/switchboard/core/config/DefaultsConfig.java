package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import dev.switchboard.core.naming.Words;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code defaults:}: path parameters a call may leave out, and where their value comes from then.
 * Keys are path parameters' wire names; the source is {@code auth.username}, the user name of the
 * API's basic scheme, read when the call is made. The long form names a client option that, when
 * set, gives the value first: with an API key as user name, the account is not the user name.
 *
 * <pre>
 * defaults:
 *   AccountSid: auth.username
 *   # or
 *   AccountSid: {from: auth.username, option: account sid}
 * </pre>
 */
public record DefaultsConfig(Map<String, Source> byParameter) {
  public static final DefaultsConfig NONE = new DefaultsConfig(Map.of());
  private static final Set<String> KEYS = Set.of("from", "option");
  private static final String USERNAME = "auth.username";
  private static final String OPTION = "[A-Za-z][A-Za-z0-9_ ]*";

  public DefaultsConfig {
    byParameter = Map.copyOf(byParameter);
  }

  /**
   * Where a left-out path parameter's value comes from: the client option {@code option} (its
   * words, as written) when the config names one and the user sets it, else the user name of the
   * operation's basic scheme.
   */
  public record Source(Optional<String> option) {
    public Source {
      Objects.requireNonNull(option, "option == null");
    }
  }

  /** The source configured for a path parameter, by wire name. */
  public Optional<Source> of(String wire) {
    return Optional.ofNullable(byParameter.get(wire));
  }

  static DefaultsConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": defaults: expected a mapping of path parameter to source such as {AccountSid: "
          + "auth.username}, got " + OptionSet.kind(node));
    }
    ConfigNodes nodes = new ConfigNodes(file.toString());
    Map<String, Source> sources = new LinkedHashMap<>();
    Set<String> options = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Source source = source(nodes, "defaults." + entry.getKey(), entry.getValue());
      source.option().ifPresent(option -> {
        if (!options.add(String.join(" ", Words.split(option)))) {
          throw nodes.error("defaults." + entry.getKey() + ".option", "'" + option + "' is the option of another parameter too");
        }
      });
      sources.put(entry.getKey(), source);
    }
    return new DefaultsConfig(sources);
  }

  private static Source source(ConfigNodes nodes, String path, JsonNode value) {
    if (value.isObject()) {
      nodes.mapping(value, path, KEYS, "{from: auth.username, option: account sid}");
      from(nodes, path + ".from", value.get("from"));
      Optional<String> option = nodes.text(value, "option", path, "account sid");
      if (option.isPresent() && !option.get().matches(OPTION)) {
        throw nodes.error(path + ".option", "'" + option.get() + "' is not an option name: use letters, digits, spaces"
            + " or underscores, starting with a letter (such as account sid)");
      }
      return new Source(option);
    }
    from(nodes, path, value);
    return new Source(Optional.empty());
  }

  private static void from(ConfigNodes nodes, String path, JsonNode value) {
    if (value == null || !value.isTextual() || !value.textValue().equals(USERNAME)) {
      throw nodes.error(path, "expected auth.username (the basic scheme's user name), got "
          + (value == null ? "nothing" : value.isTextual() ? "'" + value.textValue() + "'" : OptionSet.kind(value)));
    }
  }
}
