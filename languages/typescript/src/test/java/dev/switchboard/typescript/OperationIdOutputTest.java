package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationIdOutputTest {
  private static final String SPEC = Specs.openapi("""
      paths:
        /repos/{owner}/{repo}:
          get:
            operationId: repos/get
            tags: [repos]
            parameters:
              - {name: owner, in: path, required: true, schema: {type: string}}
              - {name: repo, in: path, required: true, schema: {type: string}}
            responses:
              '204': {description: none}
        /repos/{owner}/{repo}/topics:
          get:
            operationId: repos/get-all-topics
            tags: [repos]
            parameters:
              - {name: owner, in: path, required: true, schema: {type: string}}
              - {name: repo, in: path, required: true, schema: {type: string}}
            responses:
              '204': {description: none}
        /repos/{owner}/{repo}/hooks:
          get:
            operationId: hooks-of-a-repo
            tags: [repos]
            parameters:
              - {name: owner, in: path, required: true, schema: {type: string}}
              - {name: repo, in: path, required: true, schema: {type: string}}
            responses:
              '204': {description: none}
      """);

  @TempDir
  Path dir;

  private String repos() {
    return Pipeline.generate(Specs.write(dir, "openapi.yaml", SPEC), new TypeScriptPlugin())
        .text("src/resources/repos.ts");
  }

  @Test
  void idsThatAreThePrefixAndTheMethodNameAreLeftOut() {
    String repos = repos();
    assertThat(repos).contains("    this._define(operations, 'repos/');\n");
    assertThat(repos).doesNotContain("id: 'repos/get'");
    assertThat(repos).doesNotContain("id: 'repos/get-all-topics'");
    assertThat(repos).contains("route: 'GET /repos/{owner}/{repo}/topics'");
  }

  @Test
  void anIdThatIsNotIsWritten() {
    assertThat(repos()).contains("    id: 'hooks-of-a-repo',\n");
  }
}
