package conformance;

import static conformance.Clients.BASIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.models.Contact;
import com.kitchensink.models.ListChargesParams;
import com.kitchensink.models.ListContactsParams;
import com.kitchensink.models.ListNotesParams;
import com.kitchensink.models.ListTagsParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** S41-S44: lists that page the ways real APIs do, found without x-pagination; S59: an item limit. */
class ListingsTest {
  private final KitchenSinkClient client = Clients.standard();

  /** Each request's query, decoded names and values sorted by name. */
  private static List<TreeMap<String, String>> queries(List<Wire.Seen> seen) {
    return seen.stream().map(s -> {
      TreeMap<String, String> query = new TreeMap<>();
      int mark = s.url().indexOf('?');
      if (mark >= 0) {
        Arrays.stream(s.url().substring(mark + 1).split("&")).map(pair -> pair.split("=", 2))
            .forEach(pair -> query.put(pair[0], pair.length > 1 ? pair[1] : ""));
      }
      return query;
    }).toList();
  }

  private static TreeMap<String, String> query(String... pairs) {
    TreeMap<String, String> query = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.put(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  private static List<String> ids(Iterable<Contact> items) {
    List<String> ids = new ArrayList<>();
    items.forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static List<Wire.Seen> authorizedJournal() {
    List<Wire.Seen> seen = Wire.journal();
    seen.forEach(s -> assertEquals(BASIC, s.header("Authorization")));
    return seen;
  }

  @Test
  void s41_linkHeaderNamesTheNextPage() {
    Wire.load("S41");
    List<String> ids = ids(client.listings().listContacts(ListContactsParams.builder().perPage(2L).build()).autoPager());
    assertEquals(List.of("CT001", "CT002", "CT003", "CT004", "CT005"), ids);
    assertEquals(List.of("/v1/listings/contacts?per_page=2", "/v1/listings/contacts?per_page=2&page=2",
        "/v1/listings/contacts?per_page=2&page=3"), authorizedJournal().stream().map(Wire.Seen::url).toList());
  }

  @Test
  void s42_hasMoreWithStartingAfterTheLastId() {
    Wire.load("S42");
    List<String> ids = ids(client.listings().listCharges(ListChargesParams.builder().limit(2L).build()).autoPager());
    assertEquals(List.of("ch_001", "ch_002", "ch_003", "ch_004", "ch_005"), ids);
    assertEquals(List.of(query("limit", "2"), query("limit", "2", "starting_after", "ch_002"),
        query("limit", "2", "starting_after", "ch_004")), queries(authorizedJournal()));
  }

  @Test
  void s43_nextTokenFieldIsSentBack() {
    Wire.load("S43");
    List<String> ids = ids(client.listings().listNotes(ListNotesParams.builder().pageSize(2L).build()).autoPager());
    assertEquals(List.of("NT001", "NT002", "NT003", "NT004", "NT005"), ids);
    assertEquals(List.of(query("page_size", "2"), query("page_size", "2", "page_token", "tok-2"),
        query("page_size", "2", "page_token", "tok-3")), queries(authorizedJournal()));
  }

  @Test
  void s44_pageNumbersStopOnAShortPage() {
    Wire.load("S44");
    List<String> ids = ids(client.listings().listTags(ListTagsParams.builder().perPage(2L).build()).autoPager());
    assertEquals(List.of("TG001", "TG002", "TG003", "TG004", "TG005"), ids);
    assertEquals(List.of(query("per_page", "2"), query("page", "2", "per_page", "2"),
        query("page", "3", "per_page", "2")), queries(authorizedJournal()));
  }

  @Test
  void s59_anItemLimitStopsFetchingPagesOnceReached() {
    Wire.load("S59");
    List<String> five = ids(client.listings().listCharges(ListChargesParams.builder().limit(2L).maxItems(5).build())
        .autoPager());
    assertEquals(List.of("ch_001", "ch_002", "ch_003", "ch_004", "ch_005"), five);
    assertEquals(3, Wire.journal().size());
    Wire.load("S59");
    List<String> four = ids(client.listings().listCharges(ListChargesParams.builder().limit(2L).maxItems(4).build())
        .autoPager());
    assertEquals(List.of("ch_001", "ch_002", "ch_003", "ch_004"), four);
    assertEquals(List.of(query("limit", "2"), query("limit", "2", "starting_after", "ch_002")),
        queries(authorizedJournal()));
  }

  @Test
  void s59_anItemLimitSetsThePageSizeWhenTheCallDoesNot() {
    Wire.load("S59");
    List<String> three = ids(client.listings().listCharges(ListChargesParams.builder().maxItems(3).build())
        .autoPager());
    assertEquals(List.of("ch_001", "ch_002", "ch_003"), three);
    assertEquals(List.of(query("limit", "3"), query("limit", "3", "starting_after", "ch_002")),
        queries(authorizedJournal()));
    Wire.load("S59");
    List<String> all = ids(client.listings().listCharges(ListChargesParams.builder().maxItems(500).build())
        .autoPager());
    assertEquals(6, all.size());
    assertEquals(List.of("100", "100", "100"), queries(authorizedJournal()).stream().map(q -> q.get("limit")).toList());
  }

  @Test
  void s59_anItemLimitMustBePositive() {
    Wire.load("S59");
    for (int bad : new int[] {0, -1}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> ListChargesParams.builder().maxItems(bad));
      assertTrue(error.getMessage().contains("`maxItems` must be a positive integer"), error.getMessage());
    }
    assertEquals(List.of(), Wire.journal());
  }
}
