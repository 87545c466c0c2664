package dev.switchboard.core.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamingAndPaginationConfigTest {
  @TempDir Path dir;

  private SwitchboardConfig read(String yaml) {
    return SwitchboardConfig.read(Specs.write(dir, "switchboard.yaml", yaml));
  }

  private String error(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml)).getMessage();
  }

  @Test
  void readsTheNamingSection() {
    NamingConfig naming = read("""
        naming:
          methods: paths
          verbs: {retrieve: fetch}
          resources: {Api20100401Account: accounts}
          operations:
            GetCustomersSearch: {resource: customers, method: search}
            'GET /health': {method: ping}
        """).naming();
    assertThat(naming.methods()).isEqualTo(NamingConfig.Style.PATHS);
    assertThat(naming.verb(NamingConfig.Verb.RETRIEVE)).isEqualTo("fetch");
    assertThat(naming.verb(NamingConfig.Verb.LIST)).isEqualTo("list");
    assertThat(naming.resources()).containsExactly("Api20100401Account", "accounts");
    assertThat(naming.operations()).containsExactly(
        "GetCustomersSearch", new NamingConfig.OperationName(Optional.of("customers"), Optional.of("search")),
        "GET /health", new NamingConfig.OperationName(Optional.empty(), Optional.of("ping")));
    assertThat(read("clientName: X\n").naming()).isEqualTo(NamingConfig.DEFAULT);
  }

  @Test
  void readsThePaginationSection() {
    PaginationConfig pagination = read("""
        pagination:
          ListThings: {style: cursor, items: data, cursor-param: after, next-cursor: meta.next}
          GetEvents: none
        """).pagination();
    assertThat(pagination.operations()).containsExactly(
        "ListThings", Map.of("style", "cursor", "items", "data", "cursor-param", "after", "next-cursor", "meta.next"),
        "GetEvents", Map.of("style", "none"));
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThat(error("naming: {verbs: {fetch: get}}\n")).contains("naming.verbs.fetch: unknown verb (allowed: list, create, retrieve, update, delete)");
    assertThat(error("naming: {methods: guess}\n")).contains("naming.methods: expected auto, operation-ids or paths, got 'guess'");
    assertThat(error("naming: {operations: {X: {name: y}}}\n")).contains("naming.operations.X.name: unknown setting (allowed: resource, method)");
    assertThat(error("naming: {operations: {X: {method: 3}}}\n")).contains("naming.operations.X.method: expected a name");
    assertThat(error("naming: {colour: red}\n")).contains("naming.colour: unknown setting");
    assertThat(error("naming: [a]\n")).contains("naming: expected a mapping, got a list");
    assertThat(error("pagination: {X: {style: pages}}\n")).contains("pagination.X.style: expected one of cursor, link-header, next-url, offset, page, got 'pages'");
    assertThat(error("pagination: {X: {style: cursor, items: data, cursor-param: after}}\n")).contains("pagination.X: style cursor needs 'next-cursor'");
    assertThat(error("pagination: {X: {style: offset, offset-param: o, next: n}}\n")).contains("pagination.X.next: not a setting of style offset");
    assertThat(error("overlays: overlay.yaml\n")).contains("overlays: expected a list of overlay files, got a string");
    assertThat(error("nameing: {}\n")).contains("nameing: unknown setting (allowed: auth, clientName, defaults, errors, headers, idempotency, languages, logging, mounts, naming, overlays, package, pagination, regions, shortcuts, specs, webhooks)");
  }
}
