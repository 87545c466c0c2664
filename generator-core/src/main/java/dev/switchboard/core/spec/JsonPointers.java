package dev.switchboard.core.spec;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointers {
  private JsonPointers() {}

  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer in a URI fragment such as {@code #/paths/~1a~1%7Bid%7D}, percent-decoded. */
  public static String fromFragment(String fragment) {
    String pointer = fragment.startsWith("#") ? fragment.substring(1) : fragment;
    return pointer.contains("%")
        ? java.net.URLDecoder.decode(pointer.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
        : pointer;
  }

  public static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }
}
