package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Pagination;
import java.util.List;

/**
 * How an operation's pages follow one another, in one Markdown sentence with the wire names, for
 * every SDK's README: the same words in each language.
 */
public final class PagingDocs {
  private PagingDocs() {}

  /** Such as "the next page is the URL in the `Link` header's `rel="next"` entry". */
  public static String describe(Pagination pagination) {
    return pagination.accept(new Pagination.Visitor<String>() {
      @Override
      public String nextUrl(Pagination.NextUrl p) {
        return "the next page is the URL in the response's " + field(p.nextUrl()) + " field, until it is empty";
      }

      @Override
      public String linkHeader(Pagination.LinkHeader p) {
        return "the next page is the URL in the `Link` header's `rel=\"next\"` entry, until there is none";
      }

      @Override
      public String cursor(Pagination.Cursor p) {
        String source = p.lastItem() ? "the last item's " + field(p.nextCursor()) : "the response's " + field(p.nextCursor());
        String until = p.hasMore().map(more -> ", while " + field(more) + " is true").orElse(", until it is empty");
        return "the next page is asked for with `" + p.cursorParam() + "` set to " + source + until;
      }

      @Override
      public String offset(Pagination.Offset p) {
        String limit = p.limitParam().map(l -> " (with `" + l + "` items a page)").orElse("");
        return p.pages()
            ? "pages are numbered by `" + p.offsetParam() + "`" + limit + ", until a page is short or empty"
            : "`" + p.offsetParam() + "` moves past the items already read" + limit + ", until a page is short or empty";
      }
    });
  }

  private static String field(List<String> path) {
    return "`" + String.join(".", path) + "`";
  }
}
