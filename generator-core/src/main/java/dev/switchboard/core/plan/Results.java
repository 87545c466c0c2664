package dev.switchboard.core.plan;

import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides result shapes and error bodies from an operation's responses. */
final class Results {
  /**
   * The item-limit option of a paged method, as the official Twilio libraries call it
   * ({@code list(limit=20)}); when an input already has that name (Stripe's page size is
   * {@code limit}), {@link #ITEM_LIMIT_ALTERNATIVE}, numbered if that is taken too.
   */
  static final Name ITEM_LIMIT = Name.of("limit");
  static final Name ITEM_LIMIT_ALTERNATIVE = Name.of("maxItems");
  private static final String ITEM_LIMIT_TAG = "item limit";

  private final Map<String, TypeDecl> types;

  Results(Map<String, TypeDecl> types) {
    this.types = types;
  }

  /**
   * The shape of the first success response: without a body, deleted for a DELETE, else none;
   * paged when the IR found a pagination (whatever the media type, as the pager reads JSON pages),
   * its item-limit option named in {@code scope} after the inputs; stream for server-sent events;
   * binary; text; a list for a JSON array (through nullable and aliases); else a model.
   */
  Result of(Operation operation, NameAllocator scope) {
    Optional<Response.ResponseContent> success = operation.successResponse().flatMap(Response::content);
    if (success.isEmpty()) {
      return operation.method().equals("DELETE") ? new Result.Deleted() : new Result.None();
    }
    Response.ResponseContent content = success.get();
    if (operation.pagination().isPresent()) {
      Name itemLimit = scope.newName(ITEM_LIMIT, List.of(ITEM_LIMIT_ALTERNATIVE), ITEM_LIMIT_TAG);
      return new Result.Paged(content.mediaType(), content.type(), operation.pagination().get().itemType(),
          operation.pagination().get(), itemLimit, pageSize(operation));
    }
    return switch (content.kind()) {
      case EVENT_STREAM -> new Result.Stream(content.mediaType(), content.type());
      case BINARY -> new Result.Binary(content.mediaType());
      case JSON -> isArray(content.type(), 0)
          ? new Result.ListOf(content.mediaType(), content.type())
          : new Result.Model(content.mediaType(), content.type());
      default -> new Result.Text(content.mediaType());
    };
  }

  /** The first integer query parameter named like a page size whose schema gives a maximum. */
  static Optional<Result.PageSize> pageSize(Operation operation) {
    List<Parameter> query = operation.parameters(Parameter.Location.QUERY);
    for (String key : Pagination.PAGE_SIZE_NAMES) {
      for (Parameter p : query) {
        Optional<BigDecimal> maximum = p.constraints().maximum();
        if (p.name().key().equals(key) && p.type().isInteger() && maximum.isPresent() && maximum.get().signum() > 0) {
          long most = maximum.get().min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
          return Optional.of(new Result.PageSize(p.name().wire(), most));
        }
      }
    }
    return Optional.empty();
  }

  private boolean isArray(TypeRef type, int depth) {
    TypeRef ref = type.nonNull();
    if (ref instanceof TypeRef.ListOf) {
      return true;
    }
    return depth < 8 && ref instanceof TypeRef.Named named
        && types.get(named.id()) instanceof TypeDecl.AliasType alias && isArray(alias.target(), depth + 1);
  }
}
