package dev.switchboard.core.lower;

import dev.switchboard.core.config.PaginationConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.ir.Primitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds how a list operation pages: from {@code x-pagination}, or, without it, from the shapes
 * real APIs use (Twilio's list bodies, an RFC 8288 {@code Link} header, Stripe's {@code has_more},
 * next-token fields, page numbers and offsets). Each rule asks for both the request parameter and
 * the response field it relies on, so a near miss stays a single page. The rules are in docs/ir.md.
 */
final class PaginationDetector {
  private static final Set<String> TOKEN_PARAMETERS = Set.of("page token", "token", "next token");
  /** Body fields holding the next page's token, by name key, in order of preference. */
  private static final List<String> NEXT_TOKEN_FIELDS =
      List.of("next cursor", "next page token", "next token", "cursor", "next page");
  /** Objects that may hold the token, besides the body itself. */
  private static final List<String> TOKEN_HOLDERS = List.of("response metadata", "meta", "pagination");
  /** String query parameters that take a token, by name key, in order of preference. */
  private static final List<String> CURSOR_PARAMETERS =
      List.of("cursor", "page token", "next token", "token", "next cursor", "continuation token", "page");
  /** String first, then the integers. */
  private static final List<Primitive> TOKEN_TYPES =
      List.of(Primitive.STRING, Primitive.INTEGER, Primitive.INT32, Primitive.INT64);

  private final TypeRegistry registry;
  private final PaginationConfig config;
  private final Diagnostics diagnostics;

  PaginationDetector(TypeRegistry registry, PaginationConfig config, Diagnostics diagnostics) {
    this.registry = registry;
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /**
   * The config's setting for the operation, else the one its extensions declare, else the one its
   * shape implies.
   */
  Optional<Pagination> detect(Operation operation, Map<String, Object> extensions, String pointer) {
    Map<String, String> configured = config.operations().get(operation.id());
    if (configured != null) {
      return declared(operation, configured, pointer, "pagination." + operation.id() + " in the config");
    }
    Optional<PaginationExtensions.Declared> declared = PaginationExtensions.read(extensions);
    if (declared.isPresent()) {
      return declared(operation, declared.get().settings(), pointer + "/" + declared.get().extension(), declared.get().extension());
    }
    if (!operation.method().equals("GET")) {
      return Optional.empty();
    }
    Optional<Pagination> twilio = pageType(operation).flatMap(p -> twilioShape(operation, p));
    return twilio.isPresent() ? twilio : inferred(operation);
  }

  private Optional<Pagination> inferred(Operation operation) {
    Optional<TypeRef> body = operation.successResponse().flatMap(Response::content)
        .filter(c -> c.kind() == MediaKind.JSON).map(Response.ResponseContent::type);
    Optional<ItemList> list = body.flatMap(this::itemList);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    ItemList items = list.get();
    if (declaresLinkHeader(operation)) {
      return Optional.of(new Pagination.LinkHeader(items.path(), items.itemType()));
    }
    Optional<Pagination> cursor = items.page().flatMap(p -> hasMoreCursor(operation, items, p)
        .or(() -> nextToken(operation, items, p)));
    return cursor.isPresent() ? cursor : numbered(operation, items);
  }

  /** The array of items: the body itself, or the one array property of an object body. */
  private record ItemList(List<String> path, TypeRef itemType, Optional<TypeDecl.ObjectType> page) {}

  private Optional<ItemList> itemList(TypeRef body) {
    if (body.nonNull() instanceof TypeRef.ListOf list) {
      return Optional.of(new ItemList(List.of(), list.items(), Optional.empty()));
    }
    return object(body).flatMap(root -> {
      List<Property> arrays = root.properties().stream()
          .filter(p -> p.type().nonNull() instanceof TypeRef.ListOf).toList();
      return arrays.size() != 1 ? Optional.empty() : Optional.of(new ItemList(List.of(arrays.get(0).name().wire()),
          ((TypeRef.ListOf) arrays.get(0).type().nonNull()).items(), Optional.of(root)));
    });
  }

  private static boolean declaresLinkHeader(Operation operation) {
    return operation.successResponse().stream().flatMap(r -> r.headers().stream())
        .anyMatch(h -> h.name().wire().equalsIgnoreCase("Link"));
  }

  /** Stripe: {@code has_more}, and {@code starting_after} takes the last item's {@code id}. */
  private Optional<Pagination> hasMoreCursor(Operation operation, ItemList items, TypeDecl.ObjectType page) {
    Optional<Property> hasMore = page.property("has_more")
        .filter(p -> p.type().nonNull().equals(TypeRef.primitive(Primitive.BOOLEAN)));
    Optional<String> parameter = queryParameter(operation, List.of("starting after"));
    boolean itemHasId = object(items.itemType()).flatMap(item -> item.property("id")).isPresent();
    if (hasMore.isEmpty() || parameter.isEmpty() || !itemHasId) {
      return Optional.empty();
    }
    return Optional.of(new Pagination.Cursor(items.path(), items.itemType(), parameter.get(), List.of("id"),
        Optional.of(List.of("has_more")), true));
  }

  /** A next-token field in the body (or its metadata object) and a query parameter that takes it. */
  private Optional<Pagination> nextToken(Operation operation, ItemList items, TypeDecl.ObjectType page) {
    Optional<String> parameter = queryParameter(operation, CURSOR_PARAMETERS, PaginationDetector::isString);
    if (parameter.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<String>> field = tokenField(page, List.of());
    for (String holder : TOKEN_HOLDERS) {
      if (field.isPresent()) {
        break;
      }
      Optional<Property> child = page.properties().stream().filter(p -> p.name().key().equals(holder)).findFirst();
      field = child.flatMap(c -> object(c.type()).flatMap(o -> tokenField(o, List.of(c.name().wire()))));
    }
    Optional<List<String>> hasMore = page.property("has_more").map(p -> List.of("has_more"));
    return field.map(path -> new Pagination.Cursor(items.path(), items.itemType(), parameter.get(), path, hasMore));
  }

  private Optional<List<String>> tokenField(TypeDecl.ObjectType holder, List<String> prefix) {
    for (String key : NEXT_TOKEN_FIELDS) {
      Optional<Property> field = holder.properties().stream()
          .filter(p -> p.name().key().equals(key) && isTokenType(p.type())).findFirst();
      if (field.isPresent()) {
        List<String> path = new ArrayList<>(prefix);
        path.add(field.get().name().wire());
        return Optional.of(List.copyOf(path));
      }
    }
    return Optional.empty();
  }

  private static boolean isTokenType(TypeRef type) {
    return TOKEN_TYPES.stream().anyMatch(p -> type.nonNull().equals(TypeRef.primitive(p)));
  }

  /** A page number with a page size ({@code page} and {@code per_page}), or an offset with a limit. */
  private Optional<Pagination> numbered(Operation operation, ItemList items) {
    Optional<String> size = queryParameter(operation, Pagination.PAGE_SIZE_NAMES);
    Optional<String> page = queryParameter(operation, List.of("page"), PaginationDetector::isInteger);
    if (page.isPresent() && size.isPresent()) {
      return Optional.of(new Pagination.Offset(items.path(), items.itemType(), page.get(), size, true));
    }
    Optional<String> offset = queryParameter(operation, List.of("offset"));
    Optional<String> limit = queryParameter(operation, List.of("limit"));
    if (offset.isPresent() && limit.isPresent()) {
      return Optional.of(new Pagination.Offset(items.path(), items.itemType(), offset.get(), limit, false));
    }
    return Optional.empty();
  }

  private static boolean isString(Parameter parameter) {
    return parameter.type().nonNull().equals(TypeRef.primitive(Primitive.STRING));
  }

  private static boolean isInteger(Parameter parameter) {
    return parameter.type().isInteger();
  }

  private static Optional<String> queryParameter(Operation operation, List<String> keys) {
    return queryParameter(operation, keys, p -> true);
  }

  /** The wire name of the first query parameter whose name key is one of {@code keys}, in that order. */
  private static Optional<String> queryParameter(Operation operation, List<String> keys, Predicate<Parameter> type) {
    List<Parameter> query = operation.parameters(Parameter.Location.QUERY);
    for (String key : keys) {
      Optional<String> found = query.stream().filter(p -> p.name().key().equals(key) && type.test(p))
          .map(p -> p.name().wire()).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
  private Optional<TypeDecl.ObjectType> pageType(Operation operation) {
    return operation.successResponse()
        .flatMap(Response::content)
        .filter(c -> c.kind() == MediaKind.JSON)
        .flatMap(c -> object(c.type()));
  }

  private Optional<TypeDecl.ObjectType> object(TypeRef type) {
    if (type.nonNull() instanceof TypeRef.Named named) {
      Optional<TypeDecl> decl = registry.get(named.id());
      if (decl.isPresent() && decl.get() instanceof TypeDecl.AliasType alias) {
        return object(alias.target());
      }
      return decl.filter(TypeDecl.ObjectType.class::isInstance).map(TypeDecl.ObjectType.class::cast);
    }
    return Optional.empty();
  }

  private Optional<Property> at(TypeDecl.ObjectType root, List<String> path) {
    Optional<Property> property = root.property(path.get(0));
    if (path.size() == 1 || property.isEmpty()) {
      return property;
    }
    return object(property.get().type()).flatMap(child -> at(child, path.subList(1, path.size())));
  }

  private Optional<TypeRef> itemType(TypeDecl.ObjectType root, List<String> items) {
    return at(root, items).map(p -> p.type().nonNull())
        .filter(TypeRef.ListOf.class::isInstance)
        .map(t -> ((TypeRef.ListOf) t).items());
  }

  /** Pagination as {@code settings} (in the form of {@code x-pagination}) declare it, or a warning. */
  private Optional<Pagination> declared(Operation operation, Map<String, String> settings, String pointer, String source) {
    if (PaginationConfig.OFF.equals(settings.get("style"))) {
      return Optional.empty();
    }
    Optional<Pagination> pagination = pageType(operation).flatMap(p -> fromSettings(settings, p))
        .or(() -> settings.containsKey("items") || !"link-header".equals(settings.get("style")) ? Optional.empty()
            : bareList(operation).map(items -> new Pagination.LinkHeader(List.of(), items)));
    if (pagination.isEmpty()) {
      diagnostics.warning("pagination", pointer,
          source + " does not match the operation; it is not paginated",
          "'items' must name an array property of the JSON success response, and the style must be one of "
              + "next-url, link-header, cursor, offset or page with its settings");
    }
    return pagination;
  }

  private Optional<TypeRef> bareList(Operation operation) {
    return operation.successResponse().flatMap(Response::content).filter(c -> c.kind() == MediaKind.JSON)
        .map(c -> c.type().nonNull()).filter(TypeRef.ListOf.class::isInstance).map(t -> ((TypeRef.ListOf) t).items());
  }

  private Optional<Pagination> fromSettings(Map<String, String> map, TypeDecl.ObjectType root) {
    List<String> items = map.containsKey("items") ? path(map.get("items")) : onlyArray(root);
    Optional<TypeRef> itemType = items.isEmpty() ? Optional.empty() : itemType(root, items);
    if (itemType.isEmpty()) {
      return Optional.empty();
    }
    String style = String.valueOf(map.get("style"));
    switch (style) {
      case "next-url":
        return Optional.ofNullable(map.get("next")).map(next -> new Pagination.NextUrl(items, itemType.get(), path(next)));
      case "link-header":
        return Optional.of(new Pagination.LinkHeader(items, itemType.get()));
      case "cursor":
        List<String> hasMore = map.containsKey("has-more") ? path(map.get("has-more")) : List.of("has_more");
        if (!map.containsKey("cursor-param") || !map.containsKey("next-cursor")) {
          return Optional.empty();
        }
        return Optional.of(new Pagination.Cursor(items, itemType.get(), map.get("cursor-param"),
            path(map.get("next-cursor")), at(root, hasMore).map(p -> hasMore)));
      case "offset":
      case "page":
        String param = map.get(style + "-param");
        return Optional.ofNullable(param).map(p -> new Pagination.Offset(items, itemType.get(), p,
            Optional.ofNullable(map.get("limit-param")), style.equals("page")));
      default:
        return Optional.empty();
    }
  }

  /** The wire name of the page's one array property, when it has exactly one. */
  private static List<String> onlyArray(TypeDecl.ObjectType root) {
    List<Property> arrays = root.properties().stream().filter(p -> p.type().nonNull() instanceof TypeRef.ListOf).toList();
    return arrays.size() == 1 ? List.of(arrays.get(0).name().wire()) : List.of();
  }

  private static List<String> path(String dotted) {
    return dotted == null ? List.of() : Arrays.asList(dotted.split("\\."));
  }

  private Optional<Pagination> twilioShape(Operation operation, TypeDecl.ObjectType root) {
    List<Property> arrays = root.properties().stream().filter(p -> p.type().nonNull() instanceof TypeRef.ListOf).toList();
    if (arrays.size() != 1) {
      return Optional.empty();
    }
    List<String> items = List.of(arrays.get(0).name().wire());
    TypeRef itemType = ((TypeRef.ListOf) arrays.get(0).type().nonNull()).items();
    if (root.property("next_page_uri").isPresent()) {
      return Optional.of(new Pagination.NextUrl(items, itemType, List.of("next_page_uri")));
    }
    Optional<TypeDecl.ObjectType> meta = root.property("meta").flatMap(p -> object(p.type()));
    if (meta.isEmpty()) {
      return Optional.empty();
    }
    if (meta.get().property("next_page_url").isPresent()) {
      return Optional.of(new Pagination.NextUrl(items, itemType, List.of("meta", "next_page_url")));
    }
    Optional<String> token = meta.get().properties().stream().map(p -> p.name().wire())
        .filter(w -> w.equals("nextToken") || w.equals("next_token")).findFirst();
    Optional<String> parameter = operation.parameters(Parameter.Location.QUERY).stream()
        .filter(p -> TOKEN_PARAMETERS.contains(p.name().key())).map(p -> p.name().wire()).findFirst();
    if (token.isPresent() && parameter.isPresent()) {
      return Optional.of(new Pagination.Cursor(items, itemType, parameter.get(), List.of("meta", token.get()), Optional.empty()));
    }
    return Optional.empty();
  }
}
