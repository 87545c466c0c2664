package dev.switchboard.golang;

import dev.switchboard.core.ir.Name;
import java.util.Optional;

/**
 * A member of a package's client as another package names it, for the SDK's client to repeat
 * ({@code shortcuts:}): a method returning a resource's collection, or one of its members by a key,
 * or a service field. {@code type} is the package's own type name, which the other package qualifies.
 */
record ClientMember(Name member, String name, Optional<Key> key, String type, boolean field) {
  /** The key a member's method takes; {@code local} when its type is one of the package's. */
  record Key(String name, String type, boolean local) {}
}
