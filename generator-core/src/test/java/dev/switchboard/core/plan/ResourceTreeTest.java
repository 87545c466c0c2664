package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client as a tree of resources, for a spec that declares path roles (Twilio's x-twilio pathType). */
class ResourceTreeTest {
  @TempDir Path dir;

  private static final String TREE = """
      openapi: 3.0.3
      info: {title: Tree, version: '1'}
      servers: [{url: 'https://api.example.test'}]
      components:
        securitySchemes:
          basic: {type: http, scheme: basic}
      security: [{basic: []}]
      paths:
        /v1/Accounts.json:
          x-twilio: {pathType: list}
          get: {operationId: ListAccount, responses: {'200': {description: ok}}}
        /v1/Accounts/{Sid}.json:
          x-twilio: {pathType: instance}
          parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
          get: {operationId: FetchAccount, responses: {'200': {description: ok}}}
        /v1/Accounts/{AccountSid}/Messages.json:
          x-twilio: {pathType: list}
          parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
          get: {operationId: ListMessage, responses: {'200': {description: ok}}}
          post: {operationId: CreateMessage, responses: {'201': {description: ok}}}
        /v1/Accounts/{AccountSid}/Messages/{Sid}.json:
          parameters:
            - {name: AccountSid, in: path, required: true, schema: {type: string}}
            - {name: Sid, in: path, required: true, schema: {type: string}}
          get: {operationId: FetchMessage, responses: {'200': {description: ok}}}
          delete: {operationId: DeleteMessage, responses: {'204': {description: gone}}}
        /v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json:
          x-twilio: {pathType: instance, mountName: pictures}
          parameters:
            - {name: AccountSid, in: path, required: true, schema: {type: string}}
            - {name: MessageSid, in: path, required: true, schema: {type: string}}
            - {name: Sid, in: path, required: true, schema: {type: string}}
          get: {operationId: FetchMedia, responses: {'200': {description: ok}}}
        /v1/Accounts/{AccountSid}/SIP/Domains.json:
          x-twilio: {pathType: list}
          parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
          get: {operationId: ListSipDomain, responses: {'200': {description: ok}}}
        /v1/Accounts/{AccountSid}/Calls/FeedbackSummary.json:
          x-twilio: {pathType: instance}
          parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
          post: {operationId: CreateFeedbackSummary, responses: {'201': {description: ok}}}
        /v1/Accounts/{AccountSid}/Calls.json:
          x-twilio: {pathType: list}
          parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
          post: {operationId: CreateCall, responses: {'201': {description: ok}}}
      """;

  private ResourceTree tree(String spec, String config) {
    Path file = Specs.write(dir, "spec.yaml", spec);
    Specs.write(dir, Director.CONFIG_FILE, config);
    return Pipeline.plan(file).plan().tree();
  }

  private static List<String> operations(List<TreeMethod> methods) {
    return methods.stream().map(TreeMethod::operation).toList();
  }

  private static List<String> methods(List<TreeMethod> methods) {
    return methods.stream().map(m -> m.name().key()).toList();
  }

  private static List<String> names(ResourceTree tree, List<String> ids) {
    return ids.stream().map(id -> tree.node(id).name().wire()).toList();
  }

  @Test
  void eachPathParameterIsBoundByTheResourceItNamesAndChildrenHangBelowTheirParent() {
    ResourceTree tree = tree(TREE, "{}\n");
    assertThat(names(tree, tree.roots())).containsExactly("Accounts");
    TreeNode accounts = tree.node("/v1/Accounts");
    assertThat(accounts.key()).hasValue("Sid");
    assertThat(operations(accounts.collection())).containsExactly("ListAccount");
    assertThat(operations(accounts.instance())).containsExactly("FetchAccount");
    assertThat(names(tree, accounts.instanceChildren())).containsExactly("Calls", "Messages", "SIP").inOrder();

    TreeNode messages = tree.node("/v1/Accounts/{}/Messages");
    assertThat(messages.bound()).containsExactly("AccountSid");
    assertThat(messages.key()).hasValue("Sid");
    assertThat(operations(messages.collection())).containsExactly("ListMessage", "CreateMessage").inOrder();
    // Its instance path says nothing of its role: its shape (a parameter last) makes it an instance.
    assertThat(operations(messages.instance())).containsExactly("FetchMessage", "DeleteMessage").inOrder();
    assertThat(methods(messages.collection())).containsExactly("list", "create").inOrder();
    assertThat(methods(messages.instance())).containsExactly("fetch", "delete").inOrder();
    assertThat(messages.type().key()).isEqualTo("message");

    TreeNode media = tree.node(messages.instanceChildren().get(0));
    assertThat(media.name()).isEqualTo(Name.of("pictures"));
    assertThat(media.bound()).containsExactly("AccountSid", "MessageSid").inOrder();
    assertThat(media.key()).hasValue("Sid");

    // SIP has no path of its own: a resource without operations holds Domains.
    TreeNode sip = tree.node("/v1/Accounts/{}/SIP");
    assertThat(sip.collection()).isEmpty();
    assertThat(sip.key()).isEmpty();
    assertThat(names(tree, sip.collectionChildren())).containsExactly("Domains");
    assertThat(names(tree, tree.node("/v1/Accounts/{}/Calls").collectionChildren())).containsExactly("FeedbackSummary");
    // An instance path with no key to bind is called on the collection.
    TreeNode summary = tree.node("/v1/Accounts/{}/Calls/FeedbackSummary");
    assertThat(operations(summary.collection())).containsExactly("CreateFeedbackSummary");
    assertThat(summary.instance()).isEmpty();
    assertThat(tree.shortcuts()).isEmpty();
  }

  @Test
  void aRootWhoseKeyTheClientDefaultsLendsItsChildrenToTheClient() {
    ResourceTree tree = tree(TREE, "defaults: {AccountSid: {from: auth.username, option: account sid}}\n");
    assertThat(tree.shortcuts().stream().map(s -> s.name().wire()).toList()).containsExactly("Calls", "Messages", "SIP").inOrder();
    ResourceTree.Shortcut messages = tree.shortcuts().get(1);
    assertThat(messages.via()).isEqualTo("/v1/Accounts");
    assertThat(messages.target()).isEqualTo("/v1/Accounts/{}/Messages");
  }

  @Test
  void aRouteReachesAnOperationThroughTheShortestPathAndSaysWhichStepsBindAKey() {
    ResourceTree tree = tree(TREE, "defaults: {AccountSid: {from: auth.username, option: account sid}}\n");
    TreeRoute fetch = tree.route("FetchMedia").orElseThrow();
    assertThat(fetch.defaulted()).isTrue();
    assertThat(fetch.steps()).containsExactly(new TreeRoute.Step("/v1/Accounts/{}/Messages", Name.of("Messages"), true),
        new TreeRoute.Step("/v1/Accounts/{}/Messages/{}/Media", Name.of("pictures"), true)).inOrder();
    assertThat(fetch.method().key()).isEqualTo("fetch");
    TreeRoute list = tree(TREE, "{}\n").route("ListMessage").orElseThrow();
    assertThat(list.defaulted()).isFalse();
    assertThat(list.steps()).containsExactly(new TreeRoute.Step("/v1/Accounts", Name.of("Accounts"), true),
        new TreeRoute.Step("/v1/Accounts/{}/Messages", Name.of("Messages"), false)).inOrder();
    assertThat(tree.covers("CreateCall")).isTrue();
    assertThat(tree.route("NoSuchOperation")).isEmpty();
  }

  @Test
  void aFlatResourceKeepsOnlyTheOperationsNoNodeCalls() {
    // Two parameters in a row fit no tree shape: the path stays flat.
    String spec = TREE + "  /v1/Pairs/{Left}/{Right}.json:\n"
        + "    parameters: [{name: Left, in: path, required: true, schema: {type: string}},"
        + " {name: Right, in: path, required: true, schema: {type: string}}]\n"
        + "    get: {operationId: FetchTotals, responses: {'200': {description: ok}}}\n";
    Generation generation = Pipeline.plan(Specs.write(dir, "spec.yaml", spec));
    ResourceTree tree = generation.plan().tree();
    List<Resource> flat = generation.api().resources().stream().map(tree::flat).flatMap(java.util.Optional::stream).toList();
    assertThat(flat.stream().flatMap(r -> r.operations().stream()).map(Operation::id).toList())
        .containsExactly("FetchTotals");
  }

  @Test
  void aSpecThatDeclaresNoPathRolesHasNoTreeAndItsPlanSaysNothingOfOne() {
    Path spec = RepoPaths.kitchenSinkSpec();
    Plan plan = Pipeline.plan(spec).plan();
    assertThat(plan.tree().isEmpty()).isTrue();
    assertThat(PlanJson.write(plan)).doesNotContain("\"tree\"");
  }

  @Test
  void twiliosApiIsTheTreeOfItsHelperLibraries() {
    ResourceTree tree = Pipeline.plan(RepoPaths.samples().resolve("twilio/twilio_api_v2010.json")).plan().tree();
    assertThat(names(tree, tree.roots())).containsExactly("Accounts");
    TreeNode media = tree.node("/2010-04-01/Accounts/{}/Messages/{}/Media");
    assertThat(media.bound()).containsExactly("AccountSid", "MessageSid").inOrder();
    assertThat(media.key()).hasValue("Sid");
    assertThat(tree.shortcuts().stream().map(s -> s.name().wire()).toList())
        .containsAtLeast("Calls", "Messages", "IncomingPhoneNumbers", "SIP", "Usage");
    // Class names are unique in the tree: the nearest resource keeps the short one.
    java.util.Set<String> types = new java.util.HashSet<>();
    tree.nodes().forEach(n -> assertThat(types.add(n.type().key())).isTrue());
    assertThat(tree.node("/2010-04-01/Accounts/{}/Messages").type().key()).isEqualTo("message");
    assertThat(tree.node("/2010-04-01/Accounts/{}/Messages/{}/Media").type().key()).isEqualTo("media");
    assertThat(tree.node("/2010-04-01/Accounts/{}/SIP/Domains").type().key()).isEqualTo("domain");
    assertThat(tree.node("/2010-04-01/Accounts/{}/SIP/Domains/{}/CredentialListMappings").type().key())
        .isEqualTo("credential list mapping");
    assertThat(names(tree, tree.node("/2010-04-01/Accounts/{}/AvailablePhoneNumbers").instanceChildren()))
        .containsExactly("Local", "MachineToMachine", "Mobile", "National", "SharedCost", "TollFree", "Voip").inOrder();
  }
}
