package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.EventStream;
import com.kitchensink.models.Dog;
import com.kitchensink.models.FetchPetOwnerParams;
import com.kitchensink.models.FetchPetOwnerResponse;
import com.kitchensink.models.ListPetsParams;
import com.kitchensink.models.Organisation;
import com.kitchensink.models.Pet;
import com.kitchensink.models.CreatePetParams;
import com.kitchensink.models.CreateMiscReservedWordsParams;
import com.kitchensink.models.ReservedWords;
import com.kitchensink.models.StatusEvent;
import com.kitchensink.models.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S20-S25: unions, reserved words, maps and events. */
class PetsAndMiscTest {
  private final KitchenSinkClient client = Clients.standard();

  @Test
  void s20_listPetsDecodesVariantsAcrossOffsetPages() {
    Wire.load("S20");
    List<Pet> pets = new ArrayList<>();
    client.pets().list(ListPetsParams.builder().limit(2).build()).autoPager().forEach(pets::add);
    assertEquals(5, pets.size());
    assertEquals("Tom", pets.get(0).cat().orElseThrow().name());
    assertEquals(9L, pets.get(0).cat().orElseThrow().livesLeft().orElseThrow());
    assertTrue(pets.get(1).dog().orElseThrow().goodBoy());
    assertTrue(pets.get(1).dog().orElseThrow().breed().isEmpty());
    assertEquals("rough", pets.get(2).lizard().orElseThrow().scales().orElseThrow().value());
    assertEquals("hamster", pets.get(3).unknown().orElseThrow().get("pet_type").asText());
    assertEquals("full", pets.get(3).unknown().orElseThrow().get("cheeks").asText());
    Pet friend = pets.get(4).cat().orElseThrow().friends().orElseThrow().get(0);
    assertEquals("beagle", friend.dog().orElseThrow().breed().orElseThrow());
    List<String> urls = new ArrayList<>();
    Wire.journal().forEach(s -> urls.add(s.url()));
    assertEquals(List.of("/v1/pets?limit=2", "/v1/pets?offset=2&limit=2", "/v1/pets?offset=4&limit=2"), urls);
  }

  @Test
  void s21_createPetEncodesTheDogVariant() {
    Wire.load("S21");
    Dog dog = Dog.builder().id("5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10").name("Rex").petType("dog")
        .goodBoy(true).breed(null).build();
    Pet created = client.pets().create(CreatePetParams.builder().body(Pet.ofDog(dog)).build());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("POST", seen.get(0).method());
    assertEquals("/v1/pets", seen.get(0).url());
    assertTrue(seen.get(0).header("Content-Type").startsWith("application/json"));
    assertEquals("{\"id\":\"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10\",\"name\":\"Rex\",\"pet_type\":\"dog\",\"good_boy\":true,\"breed\":null}",
        seen.get(0).text());
    assertEquals(dog, created.dog().orElseThrow());
  }

  @Test
  void s22_fetchPetOwnerPicksOrganisation() {
    Wire.load("S22");
    FetchPetOwnerResponse owner = client.pets().fetchOwner(FetchPetOwnerParams.builder().petId("5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10").build());
    Organisation organisation = owner.organisation().orElseThrow();
    Organisation group = organisation.parent().orElseThrow().parent().orElseThrow();
    assertEquals("Kitchen Sink Pets Ltd", organisation.legalName());
    assertEquals("Kitchen Sink Group", group.legalName());
    assertEquals("NL", group.address().orElseThrow().country().orElseThrow());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/pets/5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10/owner", seen.get(0).url());
  }

  @Test
  void s23_reservedWordsRoundTrip() {
    Wire.load("S23");
    ReservedWords words = ReservedWords.builder()
        .class_("v-class").def("v-def").from("v-from").import_("v-import").package_("v-package")
        .func("v-func").type("v-type").interface_("v-interface").default_("v-default")
        .async(true).await(false).yield_(3).self("v-self").this_("v-this").new_(true).delete(false)
        .none("v-None").nil("v-nil").null_("v-null").true_(true).range("v-range").select("v-select")
        .chan("v-chan").go("v-go").fn("v-fn").match("v-match").contentType("v-content-type")
        .id("v-@id").schema("v-$schema").snakeCase("v-snake_case").camelCase("v-camelCase")
        .pascalCase("v-PascalCase").screamingCase("v-SCREAMING_CASE").withSpace("v-with space")
        .unicode("v-ünïcödé")
        .build();
    ReservedWords echoed = client.misc().createReservedWords(CreateMiscReservedWordsParams.builder().body(words).build());
    String expected = "{\"class\":\"v-class\",\"def\":\"v-def\",\"from\":\"v-from\",\"import\":\"v-import\",\"package\":\"v-package\","
        + "\"func\":\"v-func\",\"type\":\"v-type\",\"interface\":\"v-interface\",\"default\":\"v-default\",\"async\":true,"
        + "\"await\":false,\"yield\":3,\"self\":\"v-self\",\"this\":\"v-this\",\"new\":true,\"delete\":false,\"None\":\"v-None\","
        + "\"nil\":\"v-nil\",\"null\":\"v-null\",\"true\":true,\"range\":\"v-range\",\"select\":\"v-select\",\"chan\":\"v-chan\","
        + "\"go\":\"v-go\",\"fn\":\"v-fn\",\"match\":\"v-match\",\"content-type\":\"v-content-type\",\"@id\":\"v-@id\","
        + "\"$schema\":\"v-$schema\",\"snake_case\":\"v-snake_case\",\"camelCase\":\"v-camelCase\",\"PascalCase\":\"v-PascalCase\","
        + "\"SCREAMING_CASE\":\"v-SCREAMING_CASE\",\"with space\":\"v-with space\",\"ünïcödé\":\"v-ünïcödé\"}";
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/misc/reserved-words", seen.get(0).url());
    assertTrue(seen.get(0).header("Content-Type").startsWith("application/json"));
    assertEquals(expected, seen.get(0).text());
    assertEquals(words, echoed);
  }

  @Test
  void s24_usageMapsKeepInt64AndFreeFormJson() {
    Wire.load("S24");
    Usage usage = client.misc().getUsageMaps();
    assertEquals("usage", usage.kind());
    assertEquals(9007199254740993L, usage.counters().get("sms"));
    assertEquals(-9007199254740993L, usage.counters().get("negative"));
    assertEquals(0L, usage.counters().get("zero"));
    assertEquals(Map.of(), usage.byCategory().orElseThrow().get("voice"));
    assertEquals(1.5, usage.byCategory().orElseThrow().get("sms").get("inbound"));
    JsonNode raw = usage.raw().orElseThrow();
    assertEquals("{\"nested\":[1,\"two\",null,true,{\"deep\":[]}],\"n\":-0.5}", raw.toString());
    assertEquals("ops", usage.labels().orElseThrow().get("team").asText());
    assertEquals(3, usage.labels().orElseThrow().get("tier").asInt());
    assertTrue(usage.empty().orElseThrow().isEmpty());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/misc/maps", seen.get(0).url());
  }

  @Test
  void s25_eventsArriveAsTheyAreSent() {
    Wire.load("S25");
    long start = System.nanoTime();
    List<StatusEvent> events = new ArrayList<>();
    long firstAt;
    try (EventStream<StatusEvent> stream = client.misc().streamEvents()) {
      events.add(stream.next());
      firstAt = System.nanoTime() - start;
      stream.forEachRemaining(events::add);
    }
    long endAt = System.nanoTime() - start;
    assertEquals(3, events.size());
    assertEquals(List.of("queued", "sent", "undelivered"), events.stream().map(e -> e.messageStatus().value()).toList());
    events.forEach(e -> assertEquals("SM025", e.messageSid()));
    assertEquals("30008", events.get(2).errorCode().orElseThrow());
    assertTrue(firstAt < endAt - 50_000_000L, "first event at " + firstAt + " ns, end at " + endAt);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/misc/events", seen.get(0).url());
  }
}
