package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
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

/** The plan as stable JSON, written like the IR (documented in docs/plan.md). */
public final class PlanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private PlanJson() {}

  /** Pretty-printed, as committed for golden files. */
  public static String write(Plan plan) {
    try {
      return pretty().writeValueAsString(plan) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan is not serializable", e);
    }
  }

  /** Streams the plan, compact or pretty-printed, followed by a newline. */
  public static void write(Plan plan, OutputStream out, boolean pretty) throws IOException {
    stream(plan, out, pretty);
  }

  /** Streams a value holding plans (such as each mount's of several specs) like a plan. */
  public static void stream(Object plan, OutputStream out, boolean pretty) throws IOException {
    ObjectWriter writer = pretty ? pretty() : MAPPER.writer();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16))) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writer.writeValue(generator, plan);
      generator.writeRaw('\n');
    }
    out.flush();
  }

  private static ObjectWriter pretty() {
    return MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  }
}
