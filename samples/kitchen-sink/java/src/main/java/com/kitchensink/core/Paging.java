package com.kitchensink.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;

/**
 * How an operation pages: by a next-page URL, a cursor, or an offset. Not part of the public API.
 */
public final class Paging<I> {
  private enum Style {
    NEXT_URL,
    CURSOR,
    OFFSET
  }

  private final Style style;
  private final JavaType itemList;
  private final List<String> items;
  private final List<String> pointer;
  private final String param;
  private final List<String> hasMore;
  private final String limitParam;

  private Paging(
      Style style,
      TypeReference<List<I>> itemList,
      List<String> items,
      List<String> pointer,
      String param,
      List<String> hasMore,
      String limitParam) {
    this.style = style;
    this.itemList = Json.mapper().getTypeFactory().constructType(itemList);
    this.items = List.copyOf(items);
    this.pointer = List.copyOf(pointer);
    this.param = param;
    this.hasMore = List.copyOf(hasMore);
    this.limitParam = limitParam;
  }

  /** The page holds the URL of the next one at {@code nextUrl}; null or absent ends the list. */
  public static <I> Paging<I> nextUrl(
      TypeReference<List<I>> itemList, List<String> items, List<String> nextUrl) {
    return new Paging<>(Style.NEXT_URL, itemList, items, nextUrl, null, List.of(), null);
  }

  /**
   * The page holds a token for query parameter {@code cursorParam}; {@code hasMore} may be empty.
   */
  public static <I> Paging<I> cursor(
      TypeReference<List<I>> itemList,
      List<String> items,
      String cursorParam,
      List<String> nextCursor,
      List<String> hasMore) {
    return new Paging<>(Style.CURSOR, itemList, items, nextCursor, cursorParam, hasMore, null);
  }

  /**
   * Query parameter {@code offsetParam} advances by the items received; {@code limitParam} may be
   * null.
   */
  public static <I> Paging<I> offset(
      TypeReference<List<I>> itemList, List<String> items, String offsetParam, String limitParam) {
    return new Paging<>(
        Style.OFFSET, itemList, items, List.of(), offsetParam, List.of(), limitParam);
  }

  List<I> items(JsonNode body) {
    JsonNode node = at(body, items);
    if (!node.isArray()) {
      return List.of();
    }
    return Json.mapper().convertValue(node, itemList);
  }

  /** The request for the next page, or null on the last page. */
  ApiRequest next(ApiRequest current, URI uri, JsonNode body, int count) {
    switch (style) {
      case NEXT_URL:
        String url = text(at(body, pointer));
        return url == null ? null : current.withLink(url, uri);
      case CURSOR:
        String cursor = text(at(body, pointer));
        boolean more = hasMore.isEmpty() || at(body, hasMore).asBoolean(true);
        return cursor == null || !more || count == 0 ? null : current.withQuery(param, cursor);
      default:
        return nextOffset(current, count);
    }
  }

  private ApiRequest nextOffset(ApiRequest current, int count) {
    String limit = limitParam == null ? null : current.queryValue(limitParam);
    if (count == 0 || (limit != null && count < Long.parseLong(limit))) {
      return null;
    }
    String offset = current.queryValue(param);
    long next = (offset == null ? 0 : Long.parseLong(offset)) + count;
    return current.withQuery(param, Long.toString(next));
  }

  private static JsonNode at(JsonNode body, List<String> path) {
    JsonNode node = body;
    for (String name : path) {
      node = node == null ? null : node.get(name);
    }
    return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() || node.asText().isEmpty() ? null : node.asText();
  }
}
