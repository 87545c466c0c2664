package dev.switchboard.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

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

  public List<LanguagePlugin> all() {
    return plugins;
  }

  public Optional<LanguagePlugin> find(String id) {
    return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
