package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JavaType;
import dev.switchboard.generated.tree.errors.ApiConnectionException;
import dev.switchboard.generated.tree.errors.ApiDecodeException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Server-sent events, decoded as they arrive. Close it (or use try-with-resources) to release the
 * connection before the server ends the stream.
 */
public final class EventStream<T> implements Iterator<T>, Closeable {
  private final BufferedReader reader;
  private final JavaType type;
  private T next;
  private boolean done;

  EventStream(InputStream body, JavaType type) {
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.type = type;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T event = next;
    next = null;
    return event;
  }

  /** The remaining events as a stream; closing the stream closes this. */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
        .onClose(this::close);
  }

  @Override
  public void close() {
    done = true;
    try {
      reader.close();
    } catch (IOException ignored) {
      // already closed by the server
    }
  }

  private T read() {
    StringBuilder data = null;
    try {
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        if (line == null || line.isEmpty()) {
          if (data != null) {
            return decode(data.toString());
          }
          if (line == null) {
            close();
            return null;
          }
        } else if (line.startsWith("data:")) {
          String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
      }
    } catch (IOException e) {
      close();
      throw new ApiConnectionException("event stream broke: " + e, e);
    }
  }

  private T decode(String data) {
    try {
      if (type.getRawClass() == String.class) {
        @SuppressWarnings("unchecked")
        T text = (T) data;
        return text;
      }
      return Json.mapper().readValue(data, type);
    } catch (IOException e) {
      throw new ApiDecodeException("cannot decode event data: " + e.getMessage(), e);
    }
  }
}
