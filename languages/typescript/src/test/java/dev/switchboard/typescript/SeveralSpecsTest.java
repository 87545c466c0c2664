package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several specs, one TypeScript SDK: where each mount's modules go and what the root client does. */
class SeveralSpecsTest {
  private static final Pattern IMPORT = Pattern.compile("from '([^']+)'");

  private static FileSet multiSpec() {
    return Pipeline.generate(RepoPaths.samples().resolve("multi-spec"), new TypeScriptPlugin());
  }

  @Test
  void eachMountIsPrintedBelowItsFolderWithTheRuntimeAndPackageFilesOnceAtTheRoot() {
    List<String> paths = new ArrayList<>(multiSpec().files().keySet());
    assertThat(paths).containsAtLeast("src/accounts/v1/client.ts", "src/accounts/v1/client-base.ts",
        "src/accounts/v1/models.ts", "src/accounts/v1/codecs.ts", "src/accounts/v1/index.ts",
        "src/accounts/v1/resources/accounts.ts", "src/messaging/v2/resources/messages.ts",
        "src/client.ts", "src/index.ts", "src/core/base-client.ts", "package.json", "tsconfig.json",
        "scripts/build.mjs", "README.md");
    assertThat(paths.stream().filter(p -> p.endsWith("/base-client.ts")).toList()).containsExactly("src/core/base-client.ts");
    assertThat(paths.stream().filter(p -> p.matches(".*(package\\.json|tsconfig\\.json|README\\.md|build\\.mjs|\\.gitignore)"))
        .toList()).containsExactly("package.json", "tsconfig.json", "README.md", "scripts/build.mjs", ".gitignore");
    assertThat(paths).doesNotContain("src/models.ts");
  }

  @Test
  void everyRelativeImportOfAMountReachesAModuleOfThePackage() {
    FileSet files = multiSpec();
    List<String> unresolved = new ArrayList<>();
    int runtimeImports = 0;
    for (String path : files.files().keySet()) {
      if (!path.startsWith("src/") || !path.endsWith(".ts")) {
        continue;
      }
      Matcher imports = IMPORT.matcher(files.text(path));
      while (imports.find()) {
        String target = Path.of(path).resolveSibling(imports.group(1)).normalize().toString().replaceFirst("\\.js$", ".ts");
        runtimeImports += target.startsWith("src/core/") && path.contains("/v") ? 1 : 0;
        if (!files.files().containsKey(target)) {
          unresolved.add(path + " -> " + imports.group(1));
        }
      }
    }
    assertThat(unresolved).isEmpty();
    assertThat(runtimeImports).isGreaterThan(10);
    assertThat(files.text("src/accounts/v1/resources/accounts.ts")).contains("from '../../../core/resource.js'");
    assertThat(files.text("src/accounts/v1/client-base.ts")).contains("from '../../core/base-client.js'");
  }

  @Test
  void theRootClientHoldsEachMountAtItsPathAndGivesItTheRootsBaseUrlPlusItsServerPath() {
    FileSet files = multiSpec();
    String client = files.text("src/client.ts");
    assertThat(client).contains("export class Example {");
    assertThat(client).contains("  get accounts(): ExampleAccounts {\n    return (this.#accounts ??= new ExampleAccounts(this.#options));");
    assertThat(client).contains("  get v1(): AccountsV1 {\n    return (this.#v1 ??= makeAccountsV1(this.#options));");
    assertThat(client).contains("  return new AccountsV1({\n    ...shared(options, '/v1'),\n    username: options.username,");
    assertThat(client).contains("  return new MessagingV2({\n    ...shared(options, ''),");
    assertThat(client).contains("readEnv('EXAMPLE_BASE_URL')");
    assertThat(client).contains("const { baseURL, username, password, ...transport } = options;");
    String index = files.text("src/index.ts");
    assertThat(index).contains("export * as accountsV1 from './accounts/v1/index.js';\n");
    assertThat(index).contains("export * as messagingV2 from './messaging/v2/index.js';\n");
    assertThat(index).contains("  Example as default,\n");
    assertThat(files.text("src/accounts/v1/index.ts")).doesNotContain("core/");
    assertThat(files.text("src/accounts/v1/models.ts")).contains("export type Status = 'active' | 'closed'");
    assertThat(files.text("src/messaging/v2/models.ts")).contains("export type Status = 'queued' | 'sent' | 'delivered'");
  }

  @Test
  void theRootClientHasTheShortcutMountsMembersAsGettersThatReadThemThroughTheMount() {
    FileSet files = multiSpec();
    String client = files.text("src/client.ts");
    assertThat(client).contains("  get messages(): MessagingV2['messages'] {\n    return this.messaging.v2.messages;\n  }\n");
    // Read on each access, never kept: the mount is made on first use and keeps the one object.
    assertThat(client).doesNotContain("#messages");
    assertThat(client.indexOf("get messages()")).isGreaterThan(client.indexOf("get messaging()"));
    assertThat(files.text("README.md")).contains("`client.messages` is `client.messaging.v2.messages`.");
  }

  @Test
  void withoutShortcutsTheRootClientHasOnlyItsNamespaces(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://alpha.example.test/v1", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "b.yaml", spec("https://beta.example.test/v3", "basic: {type: http, scheme: basic}", "basic"));
    FileSet files = Pipeline.generate(dir, new TypeScriptPlugin());
    String root = files.text("src/client.ts");
    int start = root.indexOf("export class");
    String rootClass = root.substring(start, root.indexOf("\n}\n", start));
    assertThat(rootClass.split("  get ", -1)).hasLength(3);
    assertThat(files.text("README.md")).doesNotContain("The client has the members of");
  }

  @Test
  void aShortcutReadsTheMemberAsTheMountsClientNamesItWhereAClientMemberTookItsName(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://alpha.example.test/v1", "basic: {type: http, scheme: basic}", "basic")
        .replace("/things", "/timeout").replace("ListThings", "ListTimeout"));
    Specs.write(dir, "b.yaml", spec("https://beta.example.test/v3", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "switchboard.yaml", "shortcuts: alpha/v1\n");
    FileSet files = Pipeline.generate(dir, new TypeScriptPlugin());
    Matcher own = Pattern.compile("  get (\\w+)\\(\\): Timeout \\{").matcher(files.text("src/alpha/v1/client.ts"));
    assertThat(own.find()).isTrue();
    assertThat(own.group(1)).isNotEqualTo("timeout");
    assertThat(files.text("src/client.ts")).contains("    return this.alpha.v1." + own.group(1) + ";\n");
  }

  @Test
  void eachMountGetsOnlyTheCredentialsItsOwnSpecDeclares(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://alpha.example.test/v1", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "b.yaml", spec("https://beta.example.test/v3", "key: {type: apiKey, in: header, name: X-Key}", "key"));
    String client = Pipeline.generate(dir, new TypeScriptPlugin()).text("src/client.ts");
    String alpha = client.substring(client.indexOf("function makeAlphaV1"), client.indexOf("function makeBetaV3"));
    String beta = client.substring(client.indexOf("function makeBetaV3"));
    assertThat(alpha).contains("username: options.username,");
    assertThat(alpha).doesNotContain("apiKey");
    assertThat(beta).contains("apiKey: options.apiKey,");
    assertThat(beta).doesNotContain("username");
    assertThat(client).contains("const { baseURL, username, password, apiKey, ...transport } = options;");
    // Each spec alone would name its own package; as one of several it names the SDK's in its User-Agent.
    String folder = dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    assertThat(Pipeline.generate(dir, new TypeScriptPlugin()).text("src/alpha/v1/client-base.ts"))
        .contains("userAgent: '" + folder);
  }

  @Test
  void aMountOfOneSegmentIsAMemberOfTheClientAndAHyphenatedDomainIsCamelCase(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://flex-api.example.test/v1beta2", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "c.yaml", spec("https://www.example.test", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "switchboard.yaml", "clientName: Three\n");
    FileSet files = Pipeline.generate(dir, new TypeScriptPlugin());
    String client = files.text("src/client.ts");
    assertThat(client).contains("  get flexApi(): ThreeFlexApi {\n    return (this.#flexApi ??= new ThreeFlexApi(this.#options));");
    assertThat(client).contains("  get v1beta2(): FlexApiV1beta2 {\n    return (this.#v1beta2 ??= makeFlexApiV1beta2(this.#options));");
    assertThat(client).contains("  get c(): C {\n    return (this.#c ??= makeC(this.#options));");
    assertThat(files.files()).containsKey("src/flex-api/v1beta2/client.ts");
    assertThat(files.files()).containsKey("src/c/client.ts");
    assertThat(files.text("src/c/client-base.ts")).contains("from '../core/base-client.js'");
  }

  @Test
  void aGetterTooLongForALineBreaksTheMakersArgumentsAsPrettierDoes(@TempDir Path dir) {
    Specs.write(dir, "a.yaml",
        spec("https://a-rather-long-domain-name-for-apis.example.test/v1", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "c.yaml", spec("https://www.example.test", "basic: {type: http, scheme: basic}", "basic"));
    Specs.write(dir, "switchboard.yaml", "clientName: ThreeSixteenChars\n");
    String client = Pipeline.generate(dir, new TypeScriptPlugin()).text("src/client.ts");
    // The maker fits on the first line, so its arguments break, not the line after ??=.
    assertThat(client).contains("    return (this.#aRatherLongDomainNameForApis ??="
        + " new ThreeSixteenCharsARatherLongDomainNameForApis(\n      this.#options,\n    ));\n");
  }

  @Test
  void aFolderIsAsFarFromTheRuntimeAsItsPathIsDeep() {
    assertThat(SourceFolder.ROOT.runtime()).isEqualTo("./core");
    assertThat(SourceFolder.ROOT.runtimeFromResources()).isEqualTo("../core");
    SourceFolder mount = SourceFolder.of(List.of(Name.of("flex-api"), Name.of("v1")));
    assertThat(mount.path("client.ts")).isEqualTo("src/flex-api/v1/client.ts");
    assertThat(mount.runtime()).isEqualTo("../../core");
    assertThat(mount.runtimeFromResources()).isEqualTo("../../../core");
    assertThat(TsSymbols.PROVIDER.spell(dev.switchboard.core.plugin.NameKind.TYPE,
        MountNames.client(List.of(Name.of("flex-api"), Name.of("v1"))))).isEqualTo("FlexApiV1");
  }

  private static String spec(String server, String scheme, String name) {
    return """
        openapi: 3.0.3
        info: {title: Some API, version: '1'}
        servers: [{url: '%s'}]
        security: [{%s: []}]
        components: {securitySchemes: {%s}}
        paths:
          /things:
            get:
              operationId: ListThings
              responses: {'200': {description: ok}}
        """.formatted(server, name, scheme);
  }
}
