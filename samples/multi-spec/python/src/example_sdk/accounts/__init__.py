"""The accounts APIs, a package each: v1."""
