package dev.switchboard.core.lower;

import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.spec.JsonPointers;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lowers request and response bodies, one type per media type. */
final class BodyLowerer {
  private static final List<MediaKind> RESPONSE_PREFERENCE =
      List.of(MediaKind.JSON, MediaKind.EVENT_STREAM, MediaKind.TEXT, MediaKind.BINARY, MediaKind.FORM, MediaKind.MULTIPART);
  private static final List<MediaKind> REQUEST_PREFERENCE =
      List.of(MediaKind.JSON, MediaKind.FORM, MediaKind.MULTIPART, MediaKind.BINARY, MediaKind.TEXT, MediaKind.EVENT_STREAM);

  private final SchemaLowerer schemas;

  BodyLowerer(SchemaLowerer schemas) {
    this.schemas = schemas;
  }

  Optional<RequestBody> request(io.swagger.v3.oas.models.parameters.RequestBody body, Name name, String pointer) {
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return Optional.empty();
    }
    List<BodyContent> contents = new ArrayList<>();
    for (Map.Entry<String, MediaType> entry : sorted(body.getContent(), REQUEST_PREFERENCE)) {
      String mediaPointer = JsonPointers.child(pointer + "/content", entry.getKey()) + "/schema";
      MediaKind kind = MediaKind.of(entry.getKey());
      TypeRef type = bodyType(entry.getValue().getSchema(), kind, name, mediaPointer);
      contents.add(new BodyContent(entry.getKey(), kind, type, encodings(entry.getValue().getEncoding())));
    }
    Docs docs = Docs.of(null, body.getDescription(), false, null);
    return Optional.of(new RequestBody(Boolean.TRUE.equals(body.getRequired()), docs, contents));
  }

  Optional<Response.ResponseContent> response(Content content, Name name, String pointer) {
    if (content == null || content.isEmpty()) {
      return Optional.empty();
    }
    Map.Entry<String, MediaType> entry = sorted(content, RESPONSE_PREFERENCE).get(0);
    String mediaPointer = JsonPointers.child(pointer + "/content", entry.getKey());
    MediaKind kind = MediaKind.of(entry.getKey());
    TypeRef type = kind == MediaKind.EVENT_STREAM
        ? eventType(entry.getValue(), name, mediaPointer)
        : bodyType(entry.getValue().getSchema(), kind, name, mediaPointer + "/schema");
    return Optional.of(new Response.ResponseContent(entry.getKey(), kind, type));
  }

  private TypeRef bodyType(Schema<?> schema, MediaKind kind, Name name, String pointer) {
    switch (kind) {
      case BINARY: return TypeRef.primitive(Primitive.BINARY);
      case TEXT: return TypeRef.primitive(Primitive.STRING);
      default: return schemas.lower(schema, name, pointer);
    }
  }

  /** The type of one event's data: {@code itemSchema} or {@code x-event-schema}, else text. */
  private TypeRef eventType(MediaType media, Name name, String pointer) {
    Object declared = media.getExtensions() == null ? null : media.getExtensions().get("x-event-schema");
    if (declared instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
      return schemas.reference(ref, pointer + "/x-event-schema");
    }
    return TypeRef.primitive(Primitive.STRING);
  }

  private static List<Map.Entry<String, MediaType>> sorted(Content content, List<MediaKind> preference) {
    List<Map.Entry<String, MediaType>> entries = new ArrayList<>(content.entrySet());
    entries.sort(Comparator.comparingInt(e -> preference.indexOf(MediaKind.of(e.getKey()))));
    return entries;
  }

  private static List<BodyContent.Encoding> encodings(Map<String, Encoding> encodings) {
    List<BodyContent.Encoding> result = new ArrayList<>();
    if (encodings != null) {
      encodings.forEach((property, encoding) -> {
        Optional<Parameter.Style> style = style(encoding.getStyle());
        boolean explode = encoding.getExplode() != null
            ? encoding.getExplode()
            : style.map(s -> s == Parameter.Style.FORM).orElse(true);
        result.add(new BodyContent.Encoding(property, Optional.ofNullable(encoding.getContentType()), style, explode));
      });
    }
    return result;
  }

  private static Optional<Parameter.Style> style(Encoding.StyleEnum style) {
    if (style == null) {
      return Optional.empty();
    }
    return Optional.of(switch (style) {
      case FORM -> Parameter.Style.FORM;
      case SPACE_DELIMITED -> Parameter.Style.SPACE_DELIMITED;
      case PIPE_DELIMITED -> Parameter.Style.PIPE_DELIMITED;
      case DEEP_OBJECT -> Parameter.Style.DEEP_OBJECT;
    });
  }
}
