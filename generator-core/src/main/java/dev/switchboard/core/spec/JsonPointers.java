package dev.switchboard.core.spec;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointers {
  private JsonPointers() {}

  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }
}
