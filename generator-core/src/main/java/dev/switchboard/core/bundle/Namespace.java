package dev.switchboard.core.bundle;

import dev.switchboard.core.ir.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level of a bundle's client: the client itself (empty {@code path}) or a domain such as {@code
 * api}. Its children are namespaces one level down and mounts that end here; names are unique
 * per level because mounts never cover each other ({@link Bundle#of}).
 */
public record Namespace(List<Name> path, List<Namespace> namespaces, List<Mount> mounts) {
  public Namespace {
    path = List.copyOf(path);
    namespaces = List.copyOf(namespaces);
    mounts = List.copyOf(mounts);
  }

  /** The name of this level: the last segment of its path. */
  public Name name() {
    if (path.isEmpty()) {
      throw new IllegalStateException("the client has no member name");
    }
    return path.get(path.size() - 1);
  }

  static Namespace of(List<Name> path, List<Mount> below) {
    List<Mount> here = new ArrayList<>();
    Map<String, List<Mount>> deeper = new LinkedHashMap<>();
    Map<String, Name> names = new LinkedHashMap<>();
    for (Mount mount : below) {
      if (mount.path().size() == path.size() + 1) {
        here.add(mount);
      } else {
        Name next = mount.path().get(path.size());
        names.putIfAbsent(next.key(), next);
        deeper.computeIfAbsent(next.key(), k -> new ArrayList<>()).add(mount);
      }
    }
    List<Namespace> namespaces = new ArrayList<>();
    deeper.forEach((key, mounts) -> {
      List<Name> child = new ArrayList<>(path);
      child.add(names.get(key));
      namespaces.add(of(child, mounts));
    });
    return new Namespace(path, namespaces, here);
  }
}
