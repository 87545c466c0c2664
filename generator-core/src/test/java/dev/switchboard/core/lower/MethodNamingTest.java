package dev.switchboard.core.lower;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.config.NamingConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.spec.SpecLoader;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodNamingTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("test.yaml");

  private static final String STRIPE_LIKE = openapi("""
      paths:
        /v1/customers:
          get: {operationId: GetCustomers, responses: {'200': {description: ok}}}
          post: {operationId: PostCustomers, responses: {'200': {description: ok}}}
        /v1/customers/search:
          get: {operationId: GetCustomersSearch, responses: {'200': {description: ok}}}
        /v1/customers/{customer}:
          get: {operationId: GetCustomersCustomer, responses: {'200': {description: ok}}}
          post: {operationId: PostCustomersCustomer, responses: {'200': {description: ok}}}
          delete: {operationId: DeleteCustomersCustomer, responses: {'200': {description: ok}}}
        /v1/customers/{customer}/sources:
          get: {operationId: GetCustomersCustomerSources, responses: {'200': {description: ok}}}
        /v1/customers/{customer}/sources/{id}:
          get: {operationId: GetCustomersCustomerSourcesId, responses: {'200': {description: ok}}}
        /v1/payment_intents/{intent}/confirm:
          post: {operationId: PostPaymentIntentsIntentConfirm, responses: {'200': {description: ok}}}
        /v1/charges/{charge}/refund:
          post: {operationId: PostChargesChargeRefund, responses: {'200': {description: ok}}}
        /v1/balance:
          get: {operationId: GetBalance, responses: {'200': {description: ok}}}
        /v1/account:
          post: {operationId: PostAccount, responses: {'200': {description: ok}}}
        /v1/people:
          get: {operationId: GetPeople, responses: {'200': {description: ok}}}
      """);

  private Api lower(String yaml, NamingConfig naming) {
    Path file = Specs.write(dir, "test.yaml", yaml);
    return new Lowerer(diagnostics, LoweringOptions.DEFAULT.withNaming(naming)).lower(new SpecLoader().load(file, diagnostics));
  }

  /** {@code resource.method} for every operation, by operation id. */
  private static Map<String, String> names(Api api) {
    Map<String, String> names = new TreeMap<>();
    for (Resource resource : api.resources()) {
      for (Operation operation : resource.operations()) {
        names.put(operation.id(), resource.name().key() + "." + operation.localName().key());
      }
    }
    return names;
  }

  @Test
  void namesStripeLikeOperationsFromTheHttpMethodAndThePathShape() {
    Map<String, String> names = names(lower(STRIPE_LIKE, NamingConfig.DEFAULT));
    assertThat(names).containsExactly(
        "GetCustomers", "customers.list",
        "PostCustomers", "customers.create",
        "GetCustomersSearch", "customers.search",
        "GetCustomersCustomer", "customers.retrieve",
        "PostCustomersCustomer", "customers.update",
        "DeleteCustomersCustomer", "customers.delete",
        "GetCustomersCustomerSources", "customer sources.list",
        "GetCustomersCustomerSourcesId", "customer sources.retrieve",
        "PostPaymentIntentsIntentConfirm", "payment intents.confirm",
        "PostChargesChargeRefund", "charges.refund",
        "GetBalance", "balance.retrieve",
        "PostAccount", "account.update",
        "GetPeople", "people.list");
    assertThat(diagnostics.sorted().stream().filter(d -> d.id().equals("name-collision")).toList()).isEmpty();
  }

  @Test
  void theVerbsComeFromTheConfig() {
    NamingConfig naming = new NamingConfig(NamingConfig.Style.AUTO,
        Map.of(NamingConfig.Verb.RETRIEVE, "fetch", NamingConfig.Verb.DELETE, "remove"), Map.of(), Map.of());
    Map<String, String> names = names(lower(STRIPE_LIKE, naming));
    assertThat(names).containsEntry("GetCustomersCustomer", "customers.fetch");
    assertThat(names).containsEntry("DeleteCustomersCustomer", "customers.remove");
    assertThat(names).containsEntry("GetCustomers", "customers.list");
  }

  @Test
  void keepsOperationIdsThatNameThingsWell() {
    Map<String, String> names = names(lower(openapi("""
        paths:
          /repos/{owner}/{repo}/issues:
            get: {operationId: issues/list-for-repo, tags: [issues], responses: {'200': {description: ok}}}
            post: {operationId: issues/create, tags: [issues], responses: {'200': {description: ok}}}
          /repos/{owner}/{repo}:
            get: {operationId: repos/get, tags: [repos], responses: {'200': {description: ok}}}
            delete: {operationId: repos/delete, tags: [repos], responses: {'200': {description: ok}}}
        """), NamingConfig.DEFAULT));
    assertThat(names).containsExactly(
        "issues/list-for-repo", "issues.list for repo",
        "issues/create", "issues.create",
        "repos/get", "repos.get",
        "repos/delete", "repos.delete");
  }

  @Test
  void keepsTwilioLikeOperationIdsAndInfersOnlyWhenAsked() {
    String twilio = openapi("""
        paths:
          /2010-04-01/Accounts.json:
            get: {operationId: ListAccount, tags: [Api20100401Account], responses: {'200': {description: ok}}}
            post: {operationId: CreateAccount, tags: [Api20100401Account], responses: {'200': {description: ok}}}
          /2010-04-01/Accounts/{Sid}.json:
            get: {operationId: FetchAccount, tags: [Api20100401Account], responses: {'200': {description: ok}}}
            delete: {operationId: DeleteAccount, tags: [Api20100401Account], responses: {'200': {description: ok}}}
          /2010-04-01/Accounts/{AccountSid}/Calls.json:
            get: {operationId: ListCall, tags: [Api20100401Call], responses: {'200': {description: ok}}}
        """);
    assertThat(names(lower(twilio, NamingConfig.DEFAULT))).containsExactly(
        "ListAccount", "account.list", "CreateAccount", "account.create", "FetchAccount", "account.fetch",
        "DeleteAccount", "account.delete", "ListCall", "call.list");
    NamingConfig paths = new NamingConfig(NamingConfig.Style.PATHS, Map.of(NamingConfig.Verb.RETRIEVE, "fetch"), Map.of(), Map.of());
    assertThat(names(lower(twilio, paths))).containsExactly(
        "ListAccount", "accounts.list", "CreateAccount", "accounts.create", "FetchAccount", "accounts.fetch",
        "DeleteAccount", "accounts.delete", "ListCall", "account calls.list");
  }

  @Test
  void decidesFromHowManyOperationIdsEchoTheirPath() {
    assertThat(MethodNaming.echoes("GetCustomersCustomer", "GET", "/v1/customers/{customer}")).isTrue();
    assertThat(MethodNaming.echoes("PostPaymentIntentsIntentConfirm", "POST", "/v1/payment_intents/{intent}/confirm")).isTrue();
    assertThat(MethodNaming.echoes("DeleteAccount", "DELETE", "/2010-04-01/Accounts/{Sid}.json")).isTrue();
    assertThat(MethodNaming.echoes("FetchAccount", "GET", "/2010-04-01/Accounts/{Sid}.json")).isFalse();
    assertThat(MethodNaming.echoes("getCustomerBalance", "GET", "/v1/customers/{customer}")).isFalse();
    assertThat(MethodNaming.echoes("repos/get", "GET", "/repos/{owner}/{repo}")).isFalse();
  }

  @Test
  void configBeatsExtensionsWhichBeatInferredNames() {
    String spec = openapi("""
        paths:
          /v1/widgets:
            get:
              operationId: GetWidgets
              x-fern-sdk-group-name: [inventory, widgets]
              x-fern-sdk-method-name: browse
              responses: {'200': {description: ok}}
            post:
              operationId: PostWidgets
              x-speakeasy-group: inventory.widgets
              x-speakeasy-name-override: add
              responses: {'200': {description: ok}}
          /v1/widgets/{id}:
            get: {operationId: GetWidgetsId, responses: {'200': {description: ok}}}
        """);
    assertThat(names(lower(spec, NamingConfig.DEFAULT))).containsExactly(
        "GetWidgets", "inventory widgets.browse", "PostWidgets", "inventory widgets.add", "GetWidgetsId", "widgets.retrieve");
    NamingConfig naming = new NamingConfig(NamingConfig.Style.AUTO, Map.of(), Map.of("widgets", "gizmos"),
        Map.of("PostWidgets", new NamingConfig.OperationName(Optional.empty(), Optional.of("make")),
            "GetWidgetsId", new NamingConfig.OperationName(Optional.of("inventory_widgets"), Optional.of("get_one"))));
    assertThat(names(lower(spec, naming))).containsExactly(
        "GetWidgets", "inventory widgets.browse", "PostWidgets", "inventory widgets.make", "GetWidgetsId", "inventory widgets.get one");
  }

  @Test
  void aResourceCanBeRenamed() {
    NamingConfig naming = new NamingConfig(NamingConfig.Style.AUTO, Map.of(), Map.of("payment_intents", "intents"), Map.of());
    assertThat(names(lower(STRIPE_LIKE, naming))).containsEntry("PostPaymentIntentsIntentConfirm", "intents.confirm");
  }

  @Test
  void pathShapesWithoutOtherPaths() {
    assertThat(PathShape.of("GET", "/v1/invoices/upcoming").verb()).hasValue(NamingConfig.Verb.RETRIEVE);
    assertThat(PathShape.of("POST", "/v1/payment_intents/{intent}/confirm").action()).containsExactly("confirm");
    assertThat(PathShape.of("POST", "/v1/payment_intents/{intent}/confirm").resource()).containsExactly("payment", "intents").inOrder();
    assertThat(PathShape.of("PUT", "/v1/things/{id}").verb()).hasValue(NamingConfig.Verb.UPDATE);
    assertThat(PathShape.of("GET", "/").resource()).containsExactly("default");
    assertThat(PathShape.of("HEAD", "/v1/things/{id}").method(NamingConfig.DEFAULT)).containsExactly("head");
  }
}
