"""The messaging APIs, a package each: v2."""
