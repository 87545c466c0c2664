package dev.switchboard.core.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A response for one status: {@code "200"}, a range such as {@code "4XX"}, or {@code "default"}.
 */
public record Response(
    String status, Docs docs, List<Header> headers, Optional<ResponseContent> content) {
  public Response {
    Objects.requireNonNull(status, "status == null");
    headers = List.copyOf(headers);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isDefault() {
    return status.equals("default");
  }

  /** 2XX and 1XX/3XX ranges are successes; 4XX, 5XX and default are errors. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isSuccess() {
    return !isDefault() && status.charAt(0) < '4';
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isError() {
    return !isSuccess();
  }

  /** A numeric status code, or empty for ranges and default. */
  public Optional<Integer> code() {
    return status.chars().allMatch(Character::isDigit)
        ? Optional.of(Integer.parseInt(status))
        : Optional.empty();
  }

  public record Header(Name name, TypeRef type, boolean required, Docs docs) {}

  /**
   * The body of a response. For server-sent events {@code type} is the type of one event's
   * {@code data}.
   */
  public record ResponseContent(String mediaType, MediaKind kind, TypeRef type) {
    public ResponseContent {
      Objects.requireNonNull(mediaType, "mediaType == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(type, "type == null");
    }
  }
}
