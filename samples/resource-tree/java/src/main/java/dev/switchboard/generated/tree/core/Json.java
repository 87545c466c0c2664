package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The SDK's Jackson setup: ISO-8601 dates, exact numbers, unknown properties kept, not rejected,
 * and properties of a type other than declared set aside rather than failing the whole value.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared mapper every client uses unless given another. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper configured like {@link #mapper()}. */
  public static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(
        new SimpleModule()
            .addDeserializer(OffsetDateTime.class, new LenientDateTime())
            .setDeserializerModifier(new LenientModels()));
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return mapper;
  }

  /** Reads ISO-8601 instants, with or without an offset (UTC assumed), and RFC 1123 dates. */
  private static final class LenientDateTime extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    LenientDateTime() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return parse(text.trim());
      } catch (DateTimeParseException e) {
        return (OffsetDateTime)
            context.handleWeirdStringValue(OffsetDateTime.class, text, e.getMessage());
      }
    }

    static OffsetDateTime parse(String text) {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              .atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
          return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        }
      }
    }
  }
}
