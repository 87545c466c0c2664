package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Date-times the API writes as RFC 2822 text ({@code Thu, 24 Aug 2023 05:01:45 +0000}). They are
 * {@link OffsetDateTime}s like every other date-time and read from either format ({@link Json});
 * this writes them. Not part of the public API.
 */
public final class Rfc2822 {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ROOT);

  private Rfc2822() {}

  /** The RFC 2822 text of a date-time, with its own offset. */
  public static String format(OffsetDateTime value) {
    return value.format(FORMAT);
  }

  /**
   * A parameter's value with its date-times as RFC 2822 text; optionals and collections keep their
   * shape, anything else is returned as is.
   */
  public static Object text(Object value) {
    if (value instanceof OffsetDateTime) {
      return format((OffsetDateTime) value);
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Rfc2822::text);
    }
    if (value instanceof Collection) {
      List<Object> items = new ArrayList<>();
      for (Object item : (Collection<?>) value) {
        items.add(text(item));
      }
      return items;
    }
    return value;
  }

  /** Writes a model property's date-time (or each of a list's) as RFC 2822 text. */
  public static final class Serializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      if (value instanceof OffsetDateTime) {
        generator.writeString(format((OffsetDateTime) value));
      } else {
        provider.defaultSerializeValue(value, generator);
      }
    }
  }
}
