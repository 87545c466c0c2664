package dev.switchboard.cli;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@code validate} says about paging: a count per rule, and optionally each operation and its rule. */
final class PaginationReport {
  private PaginationReport() {}

  static void print(Api api, boolean each, PrintWriter out) {
    List<Operation> paged = api.operations().filter(o -> o.pagination().isPresent()).toList();
    Map<String, Integer> counts = new TreeMap<>();
    paged.forEach(o -> counts.merge(rule(o.pagination().get()), 1, Integer::sum));
    StringBuilder line = new StringBuilder("  paginated: " + paged.size() + " of " + api.operations().count() + " operations");
    counts.forEach((rule, count) -> line.append("; ").append(rule).append(": ").append(count));
    out.println(line);
    if (each) {
      paged.forEach(o -> out.printf("    %s %s %s: %s%n", o.id(), o.method(), o.path(), describe(o.pagination().get())));
    }
  }

  /** The rule's short name, as counted. */
  static String rule(Pagination pagination) {
    return pagination.accept(new Pagination.Visitor<>() {
      @Override public String nextUrl(Pagination.NextUrl p) {
        return "next-url";
      }

      @Override public String linkHeader(Pagination.LinkHeader p) {
        return "link-header";
      }

      @Override public String cursor(Pagination.Cursor p) {
        return p.lastItem() ? "has-more" : "next-token";
      }

      @Override public String offset(Pagination.Offset p) {
        return p.pages() ? "page-number" : "offset";
      }
    });
  }

  private static String describe(Pagination pagination) {
    String detail = pagination.accept(new Pagination.Visitor<>() {
      @Override public String nextUrl(Pagination.NextUrl p) {
        return "GET " + String.join(".", p.nextUrl());
      }

      @Override public String linkHeader(Pagination.LinkHeader p) {
        return "GET the Link header's rel=\"next\"";
      }

      @Override public String cursor(Pagination.Cursor p) {
        String from = (p.lastItem() ? "last item's " : "") + String.join(".", p.nextCursor());
        return p.cursorParam() + " = " + from + p.hasMore().map(h -> " while " + String.join(".", h)).orElse("");
      }

      @Override public String offset(Pagination.Offset p) {
        return p.offsetParam() + (p.pages() ? " + 1" : " + items") + p.limitParam().map(l -> ", until a page shorter than " + l).orElse("");
      }
    });
    return rule(pagination) + " (" + detail + ")";
  }
}
