package dev.switchboard.core.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeFiltersTest {
  private static final TypeRef DATE_TIME = new TypeRef.PrimitiveRef(Primitive.DATE_TIME);
  private static final TypeRef NUMBER = new TypeRef.PrimitiveRef(Primitive.NUMBER);

  @Test
  void dateComparisonsReadAsBeforeAndAfter() {
    assertEquals(List.of("date", "sent", "before"), RangeFilters.name("DateSent<", DATE_TIME).words());
    assertEquals(List.of("date", "sent", "after"), RangeFilters.name("DateSent>", DATE_TIME).words());
    assertEquals(List.of("start", "time", "on", "or", "after"),
        RangeFilters.name("StartTime>=", new TypeRef.Nullable(DATE_TIME)).words());
    assertEquals("DateSent<", RangeFilters.name("DateSent<", DATE_TIME).wire());
  }

  @Test
  void otherComparisonsReadAsOperators() {
    assertEquals(List.of("price", "lt"), RangeFilters.name("Price<", NUMBER).words());
    assertEquals(List.of("price", "gte"), RangeFilters.name("Price>=", NUMBER).words());
  }

  @Test
  void namesWithoutAComparisonOrALetterAreSplitAsUsual() {
    assertEquals(Name.of("DateSent"), RangeFilters.name("DateSent", DATE_TIME));
    assertEquals(Name.of("<"), RangeFilters.name("<", NUMBER));
    assertEquals(Name.of("a<b"), RangeFilters.name("a<b", NUMBER));
  }
}
