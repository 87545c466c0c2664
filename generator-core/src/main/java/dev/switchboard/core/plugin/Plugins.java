package dev.switchboard.core.plugin;

import dev.switchboard.core.config.ConfigException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The language plugins on the class path, sorted by id. */
public final class Plugins {
  private final List<LanguagePlugin> plugins;

  private Plugins(List<LanguagePlugin> plugins) {
    this.plugins = plugins;
  }

  public static Plugins load() {
    return load(Plugins.class.getClassLoader());
  }

  public static Plugins load(ClassLoader loader) {
    List<LanguagePlugin> found = new ArrayList<>();
    ServiceLoader.load(LanguagePlugin.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(LanguagePlugin::id));
    return new Plugins(List.copyOf(found));
  }

  /** The plugins given, for tests and embedders that do not use the class path. */
  public static Plugins of(List<LanguagePlugin> plugins) {
    List<LanguagePlugin> sorted = new ArrayList<>(plugins);
    sorted.sort(Comparator.comparing(LanguagePlugin::id));
    return new Plugins(List.copyOf(sorted));
  }

  public Set<String> ids() {
    return plugins.stream().map(LanguagePlugin::id).collect(Collectors.toCollection(TreeSet::new));
  }

  public List<LanguagePlugin> all() {
    return plugins;
  }

  /**
   * The plugins with the given ids, in that order; all of them when no id is given. An unknown id
   * is a usage error that lists the available ones.
   */
  public List<LanguagePlugin> select(List<String> ids) {
    if (ids.isEmpty()) {
      return plugins;
    }
    List<LanguagePlugin> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(find(id.trim()).orElseThrow(() -> new ConfigException("unknown language '" + id + "' (available: "
          + String.join(", ", plugins.stream().map(LanguagePlugin::id).toList()) + ")")));
    }
    return List.copyOf(chosen);
  }

  public Optional<LanguagePlugin> find(String id) {
    return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
