package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The IR as stable, pretty-printed JSON (documented in docs/ir.md). */
public final class IrJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private IrJson() {}

  public static String write(Api api) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(api) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("IR is not serializable", e);
    }
  }
}
