package dev.switchboard.core.release;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diff.Impact;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release version, {@code MAJOR.MINOR.PATCH}, and the release policy every SDK follows: a breaking
 * change bumps the major version, a feature the minor, a fix the patch; while the major version is
 * 0, a breaking change bumps the minor version and anything else the patch, as semantic versioning
 * allows before 1.0.
 */
public record SemVer(int major, int minor, int patch) {
  private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  public SemVer {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("negative version part: " + major + "." + minor + "." + patch);
    }
  }

  /** Parses a release version; a pre-release or build suffix is refused, since nothing follows from it. */
  public static SemVer parse(String where, String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new ConfigException(where + ": '" + text + "' is not a release version MAJOR.MINOR.PATCH; a release is computed"
          + " from the version last released, so set it to that version (such as 1.4.0)");
    }
    return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** The next version after changes as severe as {@code impact}; this one when nothing changed. */
  public SemVer next(Optional<Impact> impact) {
    if (impact.isEmpty()) {
      return this;
    }
    boolean initial = major == 0;
    return switch (impact.get()) {
      case BREAKING -> initial ? new SemVer(0, minor + 1, 0) : new SemVer(major + 1, 0, 0);
      case FEATURE -> initial ? new SemVer(0, minor, patch + 1) : new SemVer(major, minor + 1, 0);
      case FIX -> new SemVer(major, minor, patch + 1);
    };
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
