package dev.switchboard.core.ir;

import java.util.Locale;

/** How a body is encoded, decided from its media type. */
public enum MediaKind {
  JSON,
  FORM,
  MULTIPART,
  TEXT,
  EVENT_STREAM,
  BINARY;

  /** Classifies a media type such as {@code application/vnd.github+json}. */
  public static MediaKind of(String mediaType) {
    String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    if (type.equals("application/json") || type.endsWith("+json")) {
      return JSON;
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      return FORM;
    }
    if (type.startsWith("multipart/")) {
      return MULTIPART;
    }
    if (type.equals("text/event-stream")) {
      return EVENT_STREAM;
    }
    if (type.startsWith("text/") || type.endsWith("+xml") || type.equals("application/xml")) {
      return TEXT;
    }
    return BINARY;
  }
}
