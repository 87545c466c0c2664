package dev.switchboard.core.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanJson;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** switchboard.yaml's {@code auth:} and {@code package:} sections, as the plan hands them to every language. */
class AuthAndIdentityTest {
  /** Like GitHub's spec: no securitySchemes at all. */
  private static final String NO_SCHEMES = """
      openapi: 3.0.3
      info: {title: GitHub's REST API, version: '1'}
      paths:
        /repos/{owner}/{repo}:
          get:
            operationId: repos/get
            parameters:
              - {name: owner, in: path, required: true, schema: {type: string}}
              - {name: repo, in: path, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
        /meta:
          get:
            operationId: meta/get
            responses: {'200': {description: ok}}
      """;

  /** Like Twilio's: a basic scheme whose variables follow the client name. */
  private static final String BASIC = """
      openapi: 3.0.3
      info: {title: Twilio - Api, version: '1'}
      security: [{accountSid_authToken: []}]
      components:
        securitySchemes:
          accountSid_authToken: {type: http, scheme: basic}
      paths:
        /messages:
          get:
            operationId: listMessages
            responses: {'200': {description: ok}}
      """;

  @TempDir Path dir;

  /** Keeps the plan it was given. */
  private record Keeper(AtomicReference<Plan> plan) implements LanguagePlugin {
    @Override
    public String id() {
      return "keeper";
    }

    @Override
    public String description() {
      return "keeps the plan";
    }

    @Override
    public OptionSet options() {
      return OptionSet.of(Option.text("packageName", "the package's name").namingPackage(), Option.text("version", "any"));
    }

    @Override
    public FileSet generate(GenerationContext context) {
      plan.set(context.plan());
      return new FileSet();
    }
  }

  private record Run(Generation generation, Plan plan) {
    Api api() {
      return generation.api();
    }

    List<String> warnings() {
      return generation.diagnostics().sorted().stream().map(Diagnostic::id).toList();
    }
  }

  private Run run(String spec, String config) {
    Path file = Specs.write(dir, "openapi.yaml", spec);
    Specs.write(dir, "switchboard.yaml", config);
    AtomicReference<Plan> plan = new AtomicReference<>();
    List<LanguagePlugin> plugins = List.of(new Keeper(plan));
    Generation generation = Director.run(Job.of(file, Optional.empty(), plugins, Plugins.of(plugins)));
    return new Run(generation, plan.get());
  }

  /** Each planned scheme as its wire name, type and environment variables. */
  private static List<String> summaries(Plan plan) {
    return plan.auth().stream().map(a -> a.name().wire() + " " + a.type().wire() + " " + a.environment()).toList();
  }

  private static Operation operation(Api api, String id) {
    return api.operations().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBearerSchemeTheSpecLacksIsRequiredByEveryOperationAndReadsTheNamedVariable() {
    Run run = run(NO_SCHEMES, "auth:\n  token: {type: bearer, env: GITHUB_TOKEN}\n");
    SecurityScheme.Bearer token = (SecurityScheme.Bearer) run.api().securityScheme("token").orElseThrow();
    assertThat(token.token().environmentVariable()).isEqualTo("GITHUB_TOKEN");
    assertThat(operation(run.api(), "repos/get").security()).containsExactly(new Operation.SecurityRequirement(List.of("token")));
    assertThat(operation(run.api(), "meta/get").security()).containsExactly(new Operation.SecurityRequirement(List.of("token")));
    assertThat(summaries(run.plan())).containsExactly("token bearer [GITHUB_TOKEN]");
    assertThat(run.plan().operation("meta/get").security()).containsExactly(List.of("token"));
  }

  @Test
  void listedOperationsAloneRequireAConfiguredScheme() {
    Run run = run(NO_SCHEMES, "auth:\n  key: {type: apiKey, in: query, name: api_key, env: ACME_KEY, operations: [meta/get]}\n");
    SecurityScheme.ApiKey key = (SecurityScheme.ApiKey) run.api().securityScheme("key").orElseThrow();
    assertThat(key.parameterName()).isEqualTo("api_key");
    assertThat(key.location().name()).isEqualTo("QUERY");
    assertThat(operation(run.api(), "meta/get").security()).containsExactly(new Operation.SecurityRequirement(List.of("key")));
    assertThat(operation(run.api(), "repos/get").security()).isEmpty();
    PlanAuth planned = run.plan().auth().get(0);
    assertThat(planned.type()).isEqualTo(PlanAuth.Type.API_KEY);
    assertThat(planned.apiKey()).hasValue(new PlanAuth.ApiKey("query", "api_key"));
    assertThat(planned.clientCredentials()).isEmpty();
  }

  @Test
  void aSchemeOfTheSpecKeepsItsTypeAndRequirementsAndTakesTheConfiguredVariables() {
    Run without = run(BASIC, "");
    assertThat(summaries(without.plan())).containsExactly("accountSid_authToken basic [TWILIO_USERNAME, TWILIO_PASSWORD]");
    Run with = run(BASIC, "auth:\n  accountSid_authToken: {env: [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN]}\n");
    assertThat(summaries(with.plan())).containsExactly("accountSid_authToken basic [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN]");
    assertThat(with.plan().operation("listMessages").security()).containsExactly(List.of("accountSid_authToken"));
  }

  @Test
  void aSchemeIfDeclaredAppliesOnlyToSpecsThatDeclareIt() {
    String config = "auth:\n  accountSid_authToken: {env: [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN], ifDeclared: true}\n";
    assertThat(summaries(run(BASIC, config).plan()))
        .containsExactly("accountSid_authToken basic [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN]");
    Run other = run(NO_SCHEMES, config);
    assertThat(other.plan().auth()).isEmpty();
    assertThat(operation(other.api(), "repos/get").security()).isEmpty();
    ConfigException flag = assertThrows(ConfigException.class,
        () -> run(BASIC, "auth:\n  accountSid_authToken: {ifDeclared: 'yes'}\n"));
    assertThat(flag).hasMessageThat().contains("auth.accountSid_authToken.ifDeclared: expected true or false");
  }

  /** Twilio's shape: the account SID is a path parameter and the basic scheme's user name. */
  private static final String ACCOUNT_PATH = """
      openapi: 3.0.3
      info: {title: Twilio - Api, version: '1'}
      security: [{accountSid_authToken: []}]
      components:
        securitySchemes:
          accountSid_authToken: {type: http, scheme: basic}
      paths:
        /Accounts/{AccountSid}/Messages.json:
          parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
          get:
            operationId: ListMessage
            responses: {'200': {description: ok}}
          post:
            operationId: CreateMessage
            security: []
            responses: {'200': {description: ok}}
      """;

  @Test
  void aConfiguredPathParameterTakesTheBasicSchemesUserNameWhereTheOperationCanUseIt() {
    Run run = run(ACCOUNT_PATH, "auth:\n  accountSid_authToken: {env: [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN]}\n"
        + "defaults:\n  AccountSid: auth.username\n");
    Input listed = run.plan().operation("ListMessage").inputs().get(0);
    assertThat(listed.required()).isFalse();
    assertThat(listed.defaultFrom()).hasValue(new CredentialDefault("accountSid_authToken", "username", 0, "TWILIO_ACCOUNT_SID", Optional.empty()));
    assertThat(run.plan().pathOptions()).isEmpty();
    assertThat(PlanJson.write(run.plan())).contains("\"defaultFrom\" : {\n");
    Input anonymous = run.plan().operation("CreateMessage").inputs().get(0);
    assertThat(anonymous.required()).isTrue();
    assertThat(anonymous.defaultFrom()).isEmpty();
    assertThat(run(ACCOUNT_PATH, "").plan().operation("ListMessage").inputs().get(0).required()).isTrue();
    ConfigException source = assertThrows(ConfigException.class, () -> run(ACCOUNT_PATH, "defaults:\n  AccountSid: auth.token\n"));
    assertThat(source).hasMessageThat().contains("defaults.AccountSid: expected auth.username");
  }

  @Test
  void aPathParameterCanTakeAClientOptionBeforeTheUserName() {
    Run run = run(ACCOUNT_PATH, "auth:\n  accountSid_authToken: {env: [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN]}\n"
        + "defaults:\n  AccountSid: {from: auth.username, option: account sid}\n");
    Input listed = run.plan().operation("ListMessage").inputs().get(0);
    assertThat(listed.required()).isFalse();
    assertThat(listed.defaultFrom().flatMap(CredentialDefault::option).map(Name::key)).hasValue("account sid");
    assertThat(run.plan().pathOptions()).hasSize(1);
    assertThat(run.plan().pathOptions().get(0).parameter()).isEqualTo("AccountSid");
    assertThat(run.plan().pathOptions().get(0).option().words()).containsExactly("account", "sid").inOrder();
    assertThat(PlanJson.write(run.plan())).contains("\"pathOptions\" : [ {");
  }

  @Test
  void aDefaultsOptionThatIsNoNameOrIsSharedIsRefused() {
    ConfigException bad = assertThrows(ConfigException.class,
        () -> run(ACCOUNT_PATH, "defaults:\n  AccountSid: {from: auth.username, option: 'account-sid!'}\n"));
    assertThat(bad).hasMessageThat().contains("defaults.AccountSid.option: 'account-sid!' is not an option name");
    ConfigException noFrom = assertThrows(ConfigException.class, () -> run(ACCOUNT_PATH,
        "defaults:\n  AccountSid: {option: account_sid}\n"));
    assertThat(noFrom).hasMessageThat().contains("defaults.AccountSid.from: expected auth.username");
    ConfigException twice = assertThrows(ConfigException.class, () -> run(ACCOUNT_PATH,
        "defaults:\n  AccountSid: {from: auth.username, option: account sid}\n"
            + "  Sid: {from: auth.username, option: accountSid}\n"));
    assertThat(twice).hasMessageThat().contains("defaults.Sid.option: 'accountSid' is the option of another parameter too");
    ConfigException unknown = assertThrows(ConfigException.class, () -> run(ACCOUNT_PATH,
        "defaults:\n  AccountSid: {from: auth.username, env: X}\n"));
    assertThat(unknown).hasMessageThat().contains("defaults.AccountSid.env: unknown setting (allowed: from, option)");
  }

  @Test
  void badAuthSectionsAreUsageErrorsNamingTheKey() {
    ConfigException type = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "auth:\n  token: {env: GITHUB_TOKEN}\n"));
    assertThat(type).hasMessageThat().contains("auth.token: give the scheme's type (bearer, basic or apiKey)");
    ConfigException count = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "auth:\n  b: {type: basic, env: ONLY_ONE}\n"));
    assertThat(count).hasMessageThat().contains("auth.b.env: a basic scheme reads 2 variables");
    ConfigException variable = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "auth:\n  t: {type: bearer, env: 'A-B'}\n"));
    assertThat(variable).hasMessageThat().contains("auth.t.env: 'A-B' is not an environment variable name");
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> run(NO_SCHEMES, "auth:\n  t: {type: bearer, operations: [repos/nope]}\n"));
    assertThat(unknown).hasMessageThat().contains("auth: no operation 'repos/nope' in the spec");
    ConfigException key = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "auth:\n  t: {type: bearer, scheme: x}\n"));
    assertThat(key).hasMessageThat().contains("auth.t.scheme: unknown setting");
  }

  @Test
  void brandsSplitOnceAndTheMadeUpPackageNameIsNeverTheBareApiName() {
    Run run = run(NO_SCHEMES, "");
    Identity identity = run.plan().identity();
    assertThat(identity.client().words()).containsExactly("github");
    assertThat(identity.packageName().words()).containsExactly("github", "sdk").inOrder();
    assertThat(identity.packageNameSet()).isFalse();
    assertThat(identity.environmentPrefix()).isEqualTo("GITHUB");
    assertThat(identity.baseUrlVariable()).isEqualTo("GITHUB_BASE_URL");
    assertThat(run.warnings()).contains("package-name");
    assertThat(PlanJson.write(run.plan())).contains("\"baseUrlVariable\" : \"GITHUB_BASE_URL\"");
  }

  @Test
  void theMadeUpPackageNameIsWarnedAboutOnlyWhenALanguageNamesAPackageAfterIt() {
    Run defaulted = run(NO_SCHEMES, "languages: {keeper: {version: '2'}}\n");
    assertThat(defaulted.warnings()).contains("package-name");
    assertThat(defaulted.generation().diagnostics().sorted().stream().filter(d -> d.id().equals("package-name"))
        .findFirst().orElseThrow().format()).contains("the keeper packages are named after the API plus 'sdk'");
    Run named = run(NO_SCHEMES, "languages: {keeper: {packageName: octo-client}}\n");
    assertThat(named.plan().identity().packageNameSet()).isFalse();
    assertThat(named.warnings()).doesNotContain("package-name");
  }

  @Test
  void theRepositoryAndAuthorReachThePlanAndHostileValuesAreRefused() {
    Run run = run(NO_SCHEMES, "package: {repository: 'https://github.com/acme/acme-sdk', author: Acme Inc.}\n");
    assertThat(run.plan().identity().repository()).hasValue("https://github.com/acme/acme-sdk");
    assertThat(run.plan().identity().author()).hasValue("Acme Inc.");
    for (String bad : new String[] {"http://github.com/a", "https://x/\\\"", "https://x/a b", "javascript:alert(1)"}) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> run(NO_SCHEMES, "package: {repository: '" + bad.replace("'", "''") + "'}\n"));
      assertThat(e).hasMessageThat().contains("is not a repository URL: an https URL");
    }
    ConfigException author = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "package: {author: '<b>\"x\"</b>'}\n"));
    assertThat(author).hasMessageThat().contains("package.author: '<b>\"x\"</b>' is not an author name");
  }

  @Test
  void aConfiguredPackageNameIsTakenAsItIsWithoutAWarning() {
    Run run = run(NO_SCHEMES, "package: {name: octo-client}\n");
    assertThat(run.plan().identity().packageName().words()).containsExactly("octo", "client").inOrder();
    assertThat(run.plan().identity().packageNameSet()).isTrue();
    assertThat(run.warnings()).doesNotContain("package-name");
    ConfigException bad = assertThrows(ConfigException.class, () -> run(NO_SCHEMES, "package: {name: Octo Client}\n"));
    assertThat(bad).hasMessageThat().contains("package.name: 'Octo Client' is not a package base name");
  }
}
