package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Name;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Hands out neutral names unique within a scope, keyed by the thing named, and records every name
 * that could not be given as wanted. Scopes nest: {@link #scope} returns the child for a key,
 * creating it once; a child starts with its parent's reserved names but not its parent's claims,
 * so a method and one of its inputs may share a name. Uniqueness is by {@link Name#key()}, the
 * words every casing is built from.
 */
public final class NameAllocator {
  private final String path;
  private final List<Rename> renames;
  private final Set<String> reserved;
  private final Set<String> taken = new HashSet<>();
  private final Map<Object, Name> byTag = new LinkedHashMap<>();
  private final Map<Object, NameAllocator> children = new LinkedHashMap<>();

  /** A root scope named {@code path} with no reserved names. */
  public NameAllocator(String path) {
    this(path, new ArrayList<>(), Set.of());
  }

  private NameAllocator(String path, List<Rename> renames, Set<String> reserved) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.renames = renames;
    this.reserved = new HashSet<>(reserved);
    this.taken.addAll(reserved);
  }

  /** Makes {@code name} unavailable in this scope and in scopes created from it afterwards. */
  public NameAllocator reserve(Name name) {
    reserved.add(name.key());
    taken.add(name.key());
    return this;
  }

  /** The child scope for {@code key}, called {@code label} in rename records. */
  public NameAllocator scope(Object key, String label) {
    Objects.requireNonNull(key, "key == null");
    return children.computeIfAbsent(key, k -> new NameAllocator(path + "/" + label, renames, reserved));
  }

  /** {@link #newName(Name, List, Object)} without alternatives. */
  public Name newName(Name wanted, Object tag) {
    return newName(wanted, List.of(), tag);
  }

  /**
   * Claims {@code wanted} for {@code tag}; when it is taken, the first free alternative, else the
   * first of them (or {@code wanted}) with the lowest free numeric suffix from 2. A rename is
   * recorded whenever the result differs from {@code wanted}.
   */
  public Name newName(Name wanted, List<Name> alternatives, Object tag) {
    Objects.requireNonNull(wanted, "wanted == null");
    Objects.requireNonNull(tag, "tag == null");
    if (byTag.containsKey(tag)) {
      throw new IllegalArgumentException("tag " + tag + " already named in " + path);
    }
    Name given = pick(wanted, alternatives);
    taken.add(given.key());
    byTag.put(tag, given);
    if (!given.key().equals(wanted.key())) {
      String reason = reserved.contains(wanted.key()) ? "reserved" : "taken";
      renames.add(new Rename(path, wanted.key(), given.key(), reason));
    }
    return given;
  }

  private Name pick(Name wanted, List<Name> alternatives) {
    if (!taken.contains(wanted.key())) {
      return wanted;
    }
    Optional<Name> free = alternatives.stream().filter(a -> !taken.contains(a.key())).findFirst();
    if (free.isPresent()) {
      return free.get();
    }
    Name base = alternatives.isEmpty() ? wanted : alternatives.get(0);
    Name candidate = base;
    for (int suffix = 2; taken.contains(candidate.key()); suffix++) {
      candidate = base.withSuffix(suffix);
    }
    return candidate;
  }

  /** The name given to {@code tag} in this scope. */
  public Name get(Object tag) {
    Name name = byTag.get(tag);
    if (name == null) {
      throw new IllegalArgumentException("no name for " + tag + " in " + path);
    }
    return name;
  }

  /** Every rename in this allocator's tree, in the order they happened. */
  public List<Rename> renames() {
    return List.copyOf(renames);
  }
}
