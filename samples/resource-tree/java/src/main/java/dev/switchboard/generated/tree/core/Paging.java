package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an operation pages: by a next-page URL in the body or in the {@code Link} header, a cursor,
 * or an offset or page number. Not part of the public API.
 */
public final class Paging<I> {
  private enum Style {
    NEXT_URL,
    LINK_HEADER,
    CURSOR,
    LAST_ITEM_CURSOR,
    OFFSET,
    PAGE_NUMBER
  }

  /** One link of an RFC 8288 header: its target and its parameters up to the next link. */
  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,=]+(?:=(?:\"[^\"]*\"|[^;,]*))?)*)");

  private final Style style;
  private final JavaType itemList;
  private final List<String> items;
  private final List<String> pointer;
  private final String param;
  private final List<String> hasMore;
  private final String limitParam;
  private final String pageSizeParam;
  private final long pageSizeMax;

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
    this.pageSizeParam = null;
    this.pageSizeMax = 0;
  }

  private Paging(Paging<I> paging, String pageSizeParam, long pageSizeMax) {
    this.style = paging.style;
    this.itemList = paging.itemList;
    this.items = paging.items;
    this.pointer = paging.pointer;
    this.param = paging.param;
    this.hasMore = paging.hasMore;
    this.limitParam = paging.limitParam;
    this.pageSizeParam = Objects.requireNonNull(pageSizeParam, "pageSizeParam");
    this.pageSizeMax = pageSizeMax;
  }

  /** The page holds the URL of the next one at {@code nextUrl}; null or absent ends the list. */
  public static <I> Paging<I> nextUrl(
      TypeReference<List<I>> itemList, List<String> items, List<String> nextUrl) {
    return new Paging<>(Style.NEXT_URL, itemList, items, nextUrl, null, List.of(), null);
  }

  /** The {@code Link} response header names the next page; without one the list ends. */
  public static <I> Paging<I> linkHeader(TypeReference<List<I>> itemList, List<String> items) {
    return new Paging<>(Style.LINK_HEADER, itemList, items, List.of(), null, List.of(), null);
  }

  /**
   * Query parameter {@code cursorParam} takes {@code field} of the page's last item while {@code
   * hasMore}.
   */
  public static <I> Paging<I> lastItemCursor(
      TypeReference<List<I>> itemList,
      List<String> items,
      String cursorParam,
      List<String> field,
      List<String> hasMore) {
    return new Paging<>(Style.LAST_ITEM_CURSOR, itemList, items, field, cursorParam, hasMore, null);
  }

  /**
   * Query parameter {@code pageParam}, a page number from 1, advances by one; {@code sizeParam} may
   * be null.
   */
  public static <I> Paging<I> pageNumber(
      TypeReference<List<I>> itemList, List<String> items, String pageParam, String sizeParam) {
    return new Paging<>(
        Style.PAGE_NUMBER, itemList, items, List.of(), pageParam, List.of(), sizeParam);
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

  /**
   * Query parameter {@code param} sets a page's size, at most {@code maximum}: a call with an item
   * limit and no page size asks for pages of the limit's size.
   */
  public Paging<I> pageSize(String param, long maximum) {
    return new Paging<>(this, param, maximum);
  }

  /** The first request, with the page size set to the item limit when the call gave none. */
  ApiRequest sized(ApiRequest request, int itemLimit) {
    if (itemLimit <= 0 || pageSizeParam == null || request.queryValue(pageSizeParam) != null) {
      return request;
    }
    return request.withQuery(pageSizeParam, Long.toString(Math.min(itemLimit, pageSizeMax)));
  }

  List<I> items(JsonNode body) {
    JsonNode node = at(body, items);
    if (!node.isArray()) {
      return List.of();
    }
    return Json.mapper().convertValue(node, itemList);
  }

  /** The request for the next page, or null on the last page. */
  ApiRequest next(ApiRequest current, ApiResponse<JsonNode> response, int count) {
    JsonNode body = response.body();
    URI uri = response.uri();
    switch (style) {
      case NEXT_URL:
        String url = text(at(body, pointer));
        return url == null ? null : current.withLink(url, uri);
      case LINK_HEADER:
        String link = nextLink(response.headers().allValues("link"));
        return link == null ? null : current.withLink(link, uri);
      case CURSOR:
        return nextCursor(current, body, text(at(body, pointer)), count);
      case LAST_ITEM_CURSOR:
        JsonNode list = at(body, items);
        JsonNode last = list.isArray() && list.size() > 0 ? list.get(list.size() - 1) : null;
        return nextCursor(current, body, last == null ? null : text(at(last, pointer)), count);
      case PAGE_NUMBER:
        return nextNumber(current, count, 1, 1);
      default:
        return nextNumber(current, count, 0, count);
    }
  }

  private ApiRequest nextCursor(ApiRequest current, JsonNode body, String cursor, int count) {
    boolean more = hasMore.isEmpty() || at(body, hasMore).asBoolean(true);
    return cursor == null || !more || count == 0 ? null : current.withQuery(param, cursor);
  }

  private ApiRequest nextNumber(ApiRequest current, int count, long first, long step) {
    String limit = limitParam == null ? null : current.queryValue(limitParam);
    if (count == 0 || (limit != null && count < Long.parseLong(limit))) {
      return null;
    }
    String offset = current.queryValue(param);
    long next = (offset == null ? first : Long.parseLong(offset)) + step;
    return current.withQuery(param, Long.toString(next));
  }

  /** The target of the first {@code rel="next"} link in RFC 8288 {@code Link} header values. */
  static String nextLink(List<String> values) {
    for (String value : values) {
      Matcher link = LINK.matcher(value);
      while (link.find()) {
        for (String attribute : link.group(2).split(";")) {
          int equals = attribute.indexOf('=');
          if (equals < 0 || !attribute.substring(0, equals).trim().equalsIgnoreCase("rel")) {
            continue;
          }
          String rels =
              attribute
                  .substring(equals + 1)
                  .trim()
                  .replaceAll("^\"|\"$", "")
                  .toLowerCase(Locale.ROOT);
          if (List.of(rels.split("\\s+")).contains("next")) {
            return link.group(1);
          }
        }
      }
    }
    return null;
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
