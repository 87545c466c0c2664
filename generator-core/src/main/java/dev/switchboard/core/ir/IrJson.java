package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The IR as stable, pretty-printed JSON (documented in docs/ir.md). */
public final class IrJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private IrJson() {}

  /** Pretty-printed, as committed for golden files. */
  public static String write(Api api) {
    try {
      return pretty().writeValueAsString(api) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("IR is not serializable", e);
    }
  }

  /** Streams the IR, compact or pretty-printed, followed by a newline. */
  public static void write(Api api, OutputStream out, boolean pretty) throws IOException {
    ObjectWriter writer = pretty ? pretty() : MAPPER.writer();
    try (var generator = MAPPER.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16))) {
      generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writer.writeValue(generator, api);
      generator.writeRaw('\n');
    }
    out.flush();
  }

  private static ObjectWriter pretty() {
    return MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  }
}
