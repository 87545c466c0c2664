package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * How a list operation pages. Paths are property wire names from the response body root, so
 * {@code ["meta", "next_page_url"]} reads {@code body.meta.next_page_url}. See docs/ir.md for the
 * detection rules.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "style")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Pagination.NextUrl.class, name = "next-url"),
  @JsonSubTypes.Type(value = Pagination.LinkHeader.class, name = "link-header"),
  @JsonSubTypes.Type(value = Pagination.Cursor.class, name = "cursor"),
  @JsonSubTypes.Type(value = Pagination.Offset.class, name = "offset")
})
public sealed interface Pagination {
  /** The name keys of query parameters that set how many items a page holds, in order of preference. */
  List<String> PAGE_SIZE_NAMES = List.of("per page", "page size", "limit", "size");

  /** Path to the array of items in one page. */
  List<String> items();

  /** The type of one item. */
  TypeRef itemType();

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R nextUrl(NextUrl pagination);

    R linkHeader(LinkHeader pagination);

    R cursor(Cursor pagination);

    R offset(Offset pagination);
  }

  /**
   * The page holds the URL of the next one (absolute, or relative to the server's host); null or
   * absent ends the list. The next request is a GET of that URL with no other parameters.
   */
  record NextUrl(List<String> items, TypeRef itemType, List<String> nextUrl) implements Pagination {
    public NextUrl {
      items = List.copyOf(items);
      nextUrl = List.copyOf(nextUrl);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.nextUrl(this);
    }
  }

  /**
   * The response's RFC 8288 {@code Link} header holds the next page's URL ({@code rel="next"});
   * without one the list ends. The next request is a GET of that URL, as for {@link NextUrl}.
   * {@code items} is empty when the body itself is the array.
   */
  record LinkHeader(List<String> items, TypeRef itemType) implements Pagination {
    public LinkHeader {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.linkHeader(this);
    }
  }

  /**
   * The page holds a token; the next request repeats the first with the token in query parameter
   * {@code cursorParam}. The list ends when the token is null or empty, or {@code hasMore} is false.
   * When {@code lastItem} is set, {@code nextCursor} is a path in the page's last item (Stripe's
   * {@code starting_after} takes the last item's {@code id}) instead of in the page body.
   */
  record Cursor(
      List<String> items,
      TypeRef itemType,
      String cursorParam,
      List<String> nextCursor,
      Optional<List<String>> hasMore,
      boolean lastItem)
      implements Pagination {
    public Cursor {
      items = List.copyOf(items);
      nextCursor = List.copyOf(nextCursor);
    }

    /** A cursor read from the page body. */
    public Cursor(List<String> items, TypeRef itemType, String cursorParam, List<String> nextCursor,
        Optional<List<String>> hasMore) {
      this(items, itemType, cursorParam, nextCursor, hasMore, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.cursor(this);
    }
  }

  /**
   * The next request repeats the first with query parameter {@code offsetParam} advanced by the
   * number of items received, or by one when {@code pages} is set (a page number that starts at
   * 1); the list ends on an empty page, or on one shorter than {@code limitParam} asked for.
   */
  record Offset(List<String> items, TypeRef itemType, String offsetParam, Optional<String> limitParam,
      boolean pages) implements Pagination {
    public Offset {
      items = List.copyOf(items);
    }

    /** An item offset. */
    public Offset(List<String> items, TypeRef itemType, String offsetParam, Optional<String> limitParam) {
      this(items, itemType, offsetParam, limitParam, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.offset(this);
    }
  }
}
