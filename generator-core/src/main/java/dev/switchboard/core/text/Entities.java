package dev.switchboard.core.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML character references: the numeric ones and the named ones descriptions use. */
final class Entities {
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
      Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("copy", "\u00a9"),
      Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"), Map.entry("middot", "\u00b7"),
      Map.entry("bull", "\u2022"), Map.entry("times", "\u00d7"), Map.entry("euro", "\u20ac"),
      Map.entry("rarr", "\u2192"), Map.entry("larr", "\u2190"));

  private Entities() {}

  static boolean containsEntity(String text) {
    Matcher entity = ENTITY.matcher(text);
    while (entity.find()) {
      if (value(entity.group(1)) != null) {
        return true;
      }
    }
    return false;
  }

  /** The text with every reference this class knows replaced; unknown ones stay as written. */
  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String value = value(entity.group(1));
      entity.appendReplacement(out, Matcher.quoteReplacement(value == null ? entity.group() : value));
    }
    entity.appendTail(out);
    return out.toString();
  }

  private static String value(String name) {
    if (!name.startsWith("#")) {
      return NAMED.get(name);
    }
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    int cp;
    try {
      cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return null;
    }
    boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
    return valid ? new String(Character.toChars(cp)) : null;
  }
}
