package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds how a list operation pages: from {@code x-pagination}, or, without it, from the three
 * Twilio list shapes. The rules are in docs/ir.md.
 */
final class PaginationDetector {
  private static final Set<String> TOKEN_PARAMETERS = Set.of("page token", "token", "next token");

  private final TypeRegistry registry;
  private final Diagnostics diagnostics;

  PaginationDetector(TypeRegistry registry, Diagnostics diagnostics) {
    this.registry = registry;
    this.diagnostics = diagnostics;
  }

  Optional<Pagination> detect(Operation operation, Map<String, Object> extensions, String pointer) {
    Optional<TypeDecl.ObjectType> page = pageType(operation);
    Object declared = extensions == null ? null : extensions.get("x-pagination");
    if (declared instanceof Map<?, ?> map) {
      Optional<Pagination> pagination = page.flatMap(p -> fromExtension(map, p));
      if (pagination.isEmpty()) {
        diagnostics.warning("pagination", pointer + "/x-pagination",
            "x-pagination does not match the response body; the operation is not paginated",
            "'items' must name an array property of the JSON success response");
      }
      return pagination;
    }
    return operation.method().equals("GET") ? page.flatMap(p -> twilioShape(operation, p)) : Optional.empty();
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

  private Optional<Pagination> fromExtension(Map<?, ?> map, TypeDecl.ObjectType root) {
    List<String> items = path(map.get("items"));
    Optional<TypeRef> itemType = items.isEmpty() ? Optional.empty() : itemType(root, items);
    if (itemType.isEmpty()) {
      return Optional.empty();
    }
    String style = String.valueOf(map.get("style"));
    switch (style) {
      case "next-url":
        return Optional.of(new Pagination.NextUrl(items, itemType.get(), path(map.get("next"))));
      case "cursor":
        List<String> hasMore = map.containsKey("has-more") ? path(map.get("has-more")) : List.of("has_more");
        return Optional.of(new Pagination.Cursor(items, itemType.get(), String.valueOf(map.get("cursor-param")),
            path(map.get("next-cursor")), at(root, hasMore).map(p -> hasMore)));
      case "offset":
        return Optional.of(new Pagination.Offset(items, itemType.get(), String.valueOf(map.get("offset-param")),
            Optional.ofNullable(map.get("limit-param")).map(String::valueOf)));
      default:
        return Optional.empty();
    }
  }

  private static List<String> path(Object dotted) {
    return dotted == null ? List.of() : Arrays.asList(String.valueOf(dotted).split("\\."));
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
