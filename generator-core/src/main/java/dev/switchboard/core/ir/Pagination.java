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
  @JsonSubTypes.Type(value = Pagination.Cursor.class, name = "cursor"),
  @JsonSubTypes.Type(value = Pagination.Offset.class, name = "offset")
})
public sealed interface Pagination {
  /** Path to the array of items in one page. */
  List<String> items();

  /** The type of one item. */
  TypeRef itemType();

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R nextUrl(NextUrl pagination);

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
   * The page holds a token; the next request repeats the first with the token in query parameter
   * {@code cursorParam}. The list ends when the token is null or empty, or {@code hasMore} is false.
   */
  record Cursor(
      List<String> items,
      TypeRef itemType,
      String cursorParam,
      List<String> nextCursor,
      Optional<List<String>> hasMore)
      implements Pagination {
    public Cursor {
      items = List.copyOf(items);
      nextCursor = List.copyOf(nextCursor);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.cursor(this);
    }
  }

  /**
   * The next request repeats the first with query parameter {@code offsetParam} advanced by the
   * number of items received; the list ends on an empty or short page.
   */
  record Offset(List<String> items, TypeRef itemType, String offsetParam, Optional<String> limitParam)
      implements Pagination {
    public Offset {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.offset(this);
    }
  }
}
