package dev.switchboard.core.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits any wire name into lower-case ASCII words: {@code "DateSent>"} gives {@code [date,
 * sent]}, {@code "HTTPServer"} gives {@code [http, server]}, {@code "ünïcödé"} gives {@code
 * [unicode]}. Letters outside ASCII become {@code u<hex>}; a name with no letter or digit is
 * spelled out ({@code "+1"} gives {@code [plus, 1]}). A brand written in camel case is one word:
 * {@code "GitHubApp"} gives {@code [github, app]}, not {@code [git, hub, app]}.
 */
public final class Words {
  private static final Map<Character, String> SYMBOLS =
      Map.ofEntries(
          Map.entry('+', "plus"), Map.entry('-', "minus"), Map.entry('*', "star"),
          Map.entry('=', "equals"), Map.entry('<', "lt"), Map.entry('>', "gt"),
          Map.entry('!', "not"), Map.entry('.', "dot"), Map.entry('/', "slash"),
          Map.entry('@', "at"), Map.entry('#', "hash"), Map.entry('$', "dollar"),
          Map.entry('%', "percent"), Map.entry('&', "and"), Map.entry('|', "pipe"),
          Map.entry('~', "tilde"), Map.entry('^', "caret"), Map.entry('?', "question"),
          Map.entry(':', "colon"), Map.entry('_', "underscore"), Map.entry(' ', "space"));
  private static final Map<Character, String> FOLDED =
      Map.of('ß', "ss", 'æ', "ae", 'Æ', "ae", 'ø', "o", 'Ø', "o", 'đ', "d", 'ł', "l", 'Ł', "l");

  /** Brands whose own spelling has an inner capital; each reads as one word. */
  private static final List<String> BRANDS = List.of("GitHub", "GitLab", "YouTube", "PayPal", "LinkedIn", "WordPress",
      "HubSpot", "SendGrid", "MailChimp", "DocuSign", "DigitalOcean", "CloudFlare", "DropBox", "BitBucket", "OpenAI",
      "PagerDuty", "SurveyMonkey", "QuickBooks", "WooCommerce", "BigCommerce", "MongoDB",
      "PostgreSQL", "MySQL", "GraphQL", "OAuth", "iCloud", "eBay", "FedEx", "SoundCloud", "ShipStation");

  private Words() {}

  public static List<String> split(String wire) {
    String ascii = isPlainAscii(wire) ? wire : fold(wire);
    List<String> words = splitAscii(joinBrands(spellSigns(ascii)));
    if (words.isEmpty()) {
      words = spellSymbols(wire);
    }
    return words.isEmpty() ? List.of("empty") : words;
  }

  private static boolean isPlainAscii(String wire) {
    for (int i = 0; i < wire.length(); i++) {
      if (wire.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** A sign before a digit that starts a word is spelled: {@code reactions-+1} reads "reactions plus 1". */
  private static String spellSigns(String text) {
    if (text.indexOf('+') < 0 && text.indexOf('-') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean sign = (c == '+' || c == '-') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
          && (i == 0 || !isAlnum(text.charAt(i - 1)));
      out.append(sign ? " " + SYMBOLS.get(c) + " " : String.valueOf(c));
    }
    return out.toString();
  }

  /** Lower-cases a brand's inner capitals so that the camel-case split keeps it whole. */
  private static String joinBrands(String text) {
    String result = text;
    for (String brand : BRANDS) {
      int at = result.indexOf(brand);
      while (at >= 0) {
        if (standsAlone(result, at, brand)) {
          result = result.substring(0, at + 1) + brand.substring(1).toLowerCase(Locale.ROOT) + result.substring(at + brand.length());
        }
        at = result.indexOf(brand, at + brand.length());
      }
    }
    return result;
  }

  /** Not the middle of another word: "theBay" holds no "eBay", "OAuthorize" no "OAuth". */
  private static boolean standsAlone(String text, int at, String brand) {
    int end = at + brand.length();
    if (end < text.length() && Character.isLowerCase(text.charAt(end))) {
      return false;
    }
    if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
      return true;
    }
    return Character.isUpperCase(brand.charAt(0)) && !Character.isUpperCase(text.charAt(at - 1));
  }

  private static String fold(String wire) {
    String decomposed = Normalizer.normalize(wire, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      appendFolded(out, cp);
    }
    return out.toString();
  }

  private static void appendFolded(StringBuilder out, int cp) {
    if (cp < 128) {
      out.append((char) cp);
    } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
      return;
    } else if (cp <= 0xFFFF && FOLDED.containsKey((char) cp)) {
      out.append(FOLDED.get((char) cp));
    } else if (Character.isLetterOrDigit(cp)) {
      out.append(" u").append(Integer.toHexString(cp)).append(' ');
    } else {
      out.append(' ');
    }
  }

  private static List<String> splitAscii(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAlnum(c)) {
        flush(words, word);
        continue;
      }
      if (word.length() > 0 && startsNewWord(text, i)) {
        flush(words, word);
      }
      word.append(c);
    }
    flush(words, word);
    return words;
  }

  private static boolean startsNewWord(String text, int i) {
    char previous = text.charAt(i - 1);
    if (!Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    return Character.isLowerCase(previous) || nextIsLower(text, i);
  }

  private static boolean nextIsLower(String text, int i) {
    return i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
  }

  private static boolean isAlnum(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  private static List<String> spellSymbols(String wire) {
    List<String> words = new ArrayList<>();
    for (char c : wire.toCharArray()) {
      String spelled = SYMBOLS.get(c);
      if (spelled != null) {
        words.add(spelled);
      }
    }
    return words;
  }

  /** The singular of a lower-case English plural, by its ending ({@code messages} gives {@code message}). */
  public static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
