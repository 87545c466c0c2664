package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.PathRole;
import io.swagger.v3.oas.models.PathItem;
import java.util.Map;
import java.util.Optional;

/**
 * A path's place in the resource tree, from Twilio's path-level
 * {@code x-twilio: {pathType: list|instance, mountName: …}}; any other value says nothing, and the
 * planner reads the path's shape instead.
 */
final class PathRoles {
  private PathRoles() {}

  static Optional<PathRole> of(PathItem item) {
    Object twilio = item.getExtensions() == null ? null : item.getExtensions().get("x-twilio");
    if (!(twilio instanceof Map<?, ?> extension)) {
      return Optional.empty();
    }
    Optional<PathRole.Kind> kind = switch (String.valueOf(extension.get("pathType"))) {
      case "list" -> Optional.of(PathRole.Kind.LIST);
      case "instance" -> Optional.of(PathRole.Kind.INSTANCE);
      default -> Optional.empty();
    };
    Optional<Name> mountName = Optional.ofNullable(extension.get("mountName")).filter(String.class::isInstance)
        .map(String.class::cast).filter(n -> !n.isBlank()).map(Name::of);
    return kind.map(k -> new PathRole(k, mountName));
  }
}
