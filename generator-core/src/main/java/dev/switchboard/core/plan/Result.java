package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.TypeRef;
import java.util.Objects;
import java.util.Optional;

/** What an operation's method gives back, decided from its first success response. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "shape")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Result.Model.class, name = "model"),
  @JsonSubTypes.Type(value = Result.ListOf.class, name = "list"),
  @JsonSubTypes.Type(value = Result.Paged.class, name = "paged"),
  @JsonSubTypes.Type(value = Result.Stream.class, name = "stream"),
  @JsonSubTypes.Type(value = Result.Text.class, name = "text"),
  @JsonSubTypes.Type(value = Result.Binary.class, name = "binary"),
  @JsonSubTypes.Type(value = Result.None.class, name = "none"),
  @JsonSubTypes.Type(value = Result.Deleted.class, name = "deleted")
})
public sealed interface Result {

  /** The media type a call asks for ({@code Accept}) and reads; empty when there is no body. */
  @JsonIgnore
  default Optional<String> bodyMediaType() {
    if (this instanceof Model model) {
      return Optional.of(model.mediaType());
    }
    if (this instanceof ListOf list) {
      return Optional.of(list.mediaType());
    }
    if (this instanceof Paged paged) {
      return Optional.of(paged.mediaType());
    }
    if (this instanceof Stream stream) {
      return Optional.of(stream.mediaType());
    }
    if (this instanceof Text text) {
      return Optional.of(text.mediaType());
    }
    return this instanceof Binary binary ? Optional.of(binary.mediaType()) : Optional.empty();
  }

  /**
   * The type the body is decoded to as JSON: a model's or list's, one page's body, or each event's
   * data; empty for text, bytes and no body.
   */
  @JsonIgnore
  default Optional<TypeRef> decodedType() {
    if (this instanceof Model model) {
      return Optional.of(model.type());
    }
    if (this instanceof ListOf list) {
      return Optional.of(list.type());
    }
    if (this instanceof Paged paged) {
      return Optional.of(paged.type());
    }
    return this instanceof Stream stream ? Optional.of(stream.eventType()) : Optional.empty();
  }

  /** A decoded JSON body that is not an array. */
  record Model(String mediaType, TypeRef type) implements Result {
    public Model {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(type, "type == null");
    }
  }

  /** A decoded JSON array, without pagination; {@code type} is the whole body's type. */
  record ListOf(String mediaType, TypeRef type) implements Result {
    public ListOf {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(type, "type == null");
    }
  }

  /**
   * The items of every page, fetched as they are read; {@code type} is one page's body, which a
   * raw response returns. {@code itemLimit} names the per-call option capping how many items the
   * iteration yields (no page is fetched past it); it is named beside the operation's inputs so it
   * never clashes with one (see {@link Results#ITEM_LIMIT}). {@code pageSize}, when the spec bounds
   * the page size, is what a call with an item limit and no page size of its own sends.
   */
  record Paged(String mediaType, TypeRef type, TypeRef itemType, Pagination pagination, Name itemLimit,
      Optional<PageSize> pageSize) implements Result {
    public Paged {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(itemType, "itemType == null");
      Objects.requireNonNull(pagination, "pagination == null");
      Objects.requireNonNull(itemLimit, "itemLimit == null");
      Objects.requireNonNull(pageSize, "pageSize == null");
    }
  }

  /**
   * The query parameter {@code parameter} (wire name) that sets a page's size, and the most it
   * accepts: a call with an item limit and no page size sends the smaller of the limit and {@code
   * maximum}.
   */
  record PageSize(String parameter, long maximum) {
    public PageSize {
      Objects.requireNonNull(parameter, "parameter == null");
      if (maximum < 1) {
        throw new IllegalArgumentException("maximum < 1: " + maximum);
      }
    }
  }

  /** Server-sent events; {@code eventType} is the type of one event's data. */
  record Stream(String mediaType, TypeRef eventType) implements Result {
    public Stream {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(eventType, "eventType == null");
    }
  }

  /** A text body (text/*, XML), returned as a string. */
  record Text(String mediaType) implements Result {
    public Text {
      Objects.requireNonNull(mediaType, "mediaType == null");
    }
  }

  /** A body to read or stream as bytes. */
  record Binary(String mediaType) implements Result {
    public Binary {
      Objects.requireNonNull(mediaType, "mediaType == null");
    }
  }

  /** No response body. */
  record None() implements Result {}

  /**
   * A delete with no response body: the method returns whether the server deleted, as Twilio's
   * libraries do. Any success but {@value #ACCEPTED} (Accepted: queued, not yet done) means it did;
   * a failure raises as for any call.
   */
  record Deleted() implements Result {
    /** The one success status that does not mean deleted. */
    public static final int ACCEPTED = 202;
  }
}
