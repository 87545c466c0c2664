package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code overlays:} section of switchboard.yaml: OpenAPI Overlay documents applied, in order,
 * to the spec before it is lowered. Paths are relative to the config file's folder and must stay
 * inside it, as the config itself must.
 */
public record OverlayConfig(List<Path> files) {
  public static final OverlayConfig NONE = new OverlayConfig(List.of());

  public OverlayConfig {
    files = List.copyOf(files);
  }

  static OverlayConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isArray()) {
      throw new ConfigException(file + ": overlays: expected a list of overlay files, got " + OptionSet.kind(node));
    }
    Path folder = file.toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      if (!entry.isTextual() || entry.textValue().isBlank()) {
        throw new ConfigException(file + ": overlays[" + i + "]: expected the path of an overlay file, got " + OptionSet.kind(entry));
      }
      Path overlay = folder.resolve(entry.textValue()).normalize();
      if (!overlay.startsWith(folder)) {
        throw new ConfigException(file + ": overlays[" + i + "]: '" + entry.textValue()
            + "' leads out of the config's folder; keep overlays beside the config or below it");
      }
      confined(overlay, folder);
      files.add(overlay);
    }
    return new OverlayConfig(files);
  }

  /** These overlays, then {@code more} (each of which must stay in its own folder). */
  public OverlayConfig plus(List<Path> more) {
    List<Path> all = new ArrayList<>(files);
    for (Path overlay : more) {
      confined(overlay, overlay.toAbsolutePath().getParent());
      all.add(overlay);
    }
    return new OverlayConfig(all);
  }

  private static void confined(Path overlay, Path folder) {
    if (!java.nio.file.Files.exists(overlay)) {
      throw new ConfigException("overlay file not found: " + overlay);
    }
    try {
      Confined.check(overlay, folder, "overlay");
    } catch (java.io.IOException e) {
      throw new ConfigException(overlay + ": cannot read overlay: " + e.getMessage());
    }
  }
}
