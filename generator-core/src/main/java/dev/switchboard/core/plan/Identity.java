package dev.switchboard.core.plan;

import dev.switchboard.core.config.PackageConfig;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the SDK is, decided once for every language. {@code client} names the client class and the
 * error base; {@code packageName} is the base every language spells its package names from
 * ({@code github-sdk} on npm and Maven, {@code github_sdk} in Python) unless its own options
 * name them; {@code packageNameSet} is false when that base was made up from the API's name.
 * Environment variables start with {@code environmentPrefix}; the base URL is read from
 * {@code baseUrlVariable}.
 *
 * <p>A made-up package name is the API's name plus {@value #SUFFIX}, never the bare API name:
 * that name usually belongs to the API's official SDK, and installing ours would replace it.
 */
@JsonPropertyOrder({"client", "packageName", "packageNameSet", "environmentPrefix", "baseUrlVariable", "repository", "author"})
public record Identity(Name client, Name packageName, boolean packageNameSet, String environmentPrefix,
    Optional<String> repository, Optional<String> author) {
  public static final String SUFFIX = "sdk";

  public Identity {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(environmentPrefix, "environmentPrefix == null");
    Objects.requireNonNull(repository, "repository == null");
    Objects.requireNonNull(author, "author == null");
  }

  /** The identity of an API, with {@code packageName} from the config when it gives one. */
  public static Identity of(ApiInfo info, Optional<String> packageName) {
    Name client = info.clientName();
    Name base = packageName.map(Name::of).orElseGet(() -> suffixed(client));
    return new Identity(client, base, packageName.isPresent(), Case.screamingSnake(client.words()), Optional.empty(),
        Optional.empty());
  }

  /** The identity of an API, named and published as {@code config} says. */
  public static Identity of(ApiInfo info, PackageConfig config) {
    Identity named = of(info, config.name());
    return new Identity(named.client, named.packageName, named.packageNameSet, named.environmentPrefix,
        config.repository(), config.author());
  }

  /** The identity of an SDK made of several specs, named {@code client} and published as {@code config} says. */
  public static Identity of(Name client, PackageConfig config) {
    Name base = config.name().map(Name::of).orElseGet(() -> suffixed(client));
    return new Identity(client, base, config.name().isPresent(), Case.screamingSnake(client.words()), config.repository(),
        config.author());
  }

  private static Name suffixed(Name client) {
    List<String> words = new ArrayList<>(client.words());
    if (!words.get(words.size() - 1).equals(SUFFIX)) {
      words.add(SUFFIX);
    }
    return new Name(words, Case.kebab(words));
  }

  @JsonProperty
  public String baseUrlVariable() {
    return environmentPrefix + "_BASE_URL";
  }
}
