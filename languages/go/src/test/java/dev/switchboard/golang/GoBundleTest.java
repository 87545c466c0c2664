package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several specs in one Go module: every mount imports the runtime by the module's own path, and the
 * client repeats the members of the {@code shortcuts:} mount's client.
 */
class GoBundleTest {
  @Test
  void aMountOfSpecsThatNameNoPackageImportsTheRuntimeOfTheSdksModule(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("Alpha", "https://alpha.example.test/v1"));
    Specs.write(dir, "b.yaml", spec("Beta", "https://beta.example.test/v2"));
    FileSet files = Pipeline.generate(dir, new GoPlugin());
    String module = files.text("go.mod").lines().findFirst().orElseThrow().substring("module ".length());
    String alpha = files.files().keySet().stream().filter(p -> p.startsWith("alpha/v1/") && p.endsWith(".go"))
        .map(files::text).reduce("", String::concat);
    assertThat(alpha).contains("\"" + module + "/core\"");
    assertThat(alpha).doesNotContain("alpha-sdk/core");
  }

  @Test
  void theClientRepeatsAShortcutTreesMembersWithTheMountsTypes(@TempDir Path dir) {
    String root = shortcuts(dir, "tree/v1").text("client.go");
    assertThat(root).contains("""
        // Region returns client.Tree.V1().Region(code).
        func (c *Client) Region(code treev1.Code) *treev1.RegionContext {
        \treturn c.Tree.V1().Region(code)
        }""");
    assertThat(root).doesNotContain("func (c *Client) Things");
  }

  @Test
  void theClientRepeatsAFlatMountsServiceFields(@TempDir Path dir) {
    String root = shortcuts(dir, "flat/v2").text("client.go");
    assertThat(root).contains("""
        func (c *Client) Things() *flatv2.ThingsService {
        \treturn c.Flat.V2().Things
        }""");
    assertThat(root).doesNotContain("func (c *Client) Region");
  }

  /** A tree whose member's key is an enum of its package, and a flat spec, one of them the shortcut. */
  @Test
  void noMountIsMadeUntilItsMethodIsCalled(@TempDir Path dir) {
    String root = shortcuts(dir, "flat/v2").text("client.go");
    String newClient = root.substring(root.indexOf("func NewClient("), root.indexOf("\n}\n", root.indexOf("func NewClient(")));
    assertThat(newClient).doesNotContain("Mount(");
    assertThat(newClient).contains("client.Flat = &FlatNamespace{root: root}");
    assertThat(root).contains("""
        \t// lazyV2 holds the client V2 returns, once made.
        \tlazyV2 core.Lazy[flatv2.Client]
        """);
    assertThat(root).contains("""
        func (n *FlatNamespace) V2() *flatv2.Client {
        \treturn n.lazyV2.Get(func() *flatv2.Client { return flatv2.Mount(n.root, "/v2") })
        }""");
  }

  private static FileSet shortcuts(Path dir, String mount) {
    Specs.write(dir, "switchboard.yaml", "specs: [\"*.yaml\"]\nshortcuts: " + mount + "\n");
    Specs.write(dir, "flat.yaml", """
        openapi: 3.0.3
        info: {title: Flat, version: '1'}
        servers: [{url: 'https://flat.example.test/v2'}]
        paths:
          /things:
            get:
              operationId: ListThings
              tags: [Things]
              responses: {'200': {description: ok}}
        """);
    Specs.write(dir, "tree.yaml", """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        servers: [{url: 'https://tree.example.test'}]
        components:
          schemas:
            Code: {type: string, enum: [eu, us]}
            Region: {type: object, properties: {code: {type: string}}}
        paths:
          /v1/Regions/{Code}.json:
            x-twilio: {pathType: instance}
            get:
              operationId: FetchRegion
              parameters:
                - {name: Code, in: path, required: true, schema: {$ref: '#/components/schemas/Code'}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Region'}}}}
        """);
    return Pipeline.generate(dir, new GoPlugin());
  }

  private static String spec(String title, String server) {
    return """
        openapi: 3.0.3
        info: {title: %s API, version: '1'}
        servers: [{url: '%s'}]
        paths:
          /things:
            get:
              operationId: ListThings
              responses: {'200': {description: ok}}
        """.formatted(title, server);
  }
}
