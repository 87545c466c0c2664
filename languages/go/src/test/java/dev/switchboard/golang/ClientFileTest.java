package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.PlanAuth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientFileTest {
  private static PlanAuth oauth(List<String> scopes) {
    return new PlanAuth(Name.of("oauth"), PlanAuth.Type.OAUTH2_CLIENT_CREDENTIALS, Optional.empty(),
        List.of(new PlanAuth.Credential(Name.of("client_id"), "API_CLIENT_ID"),
            new PlanAuth.Credential(Name.of("client_secret"), "API_CLIENT_SECRET")),
        Optional.empty(), Optional.of(new PlanAuth.ClientCredentials("https://auth.example.com/token", scopes)));
  }

  @Test
  void anOAuthSchemeNamesItsTokenUrlAndScopes() {
    assertThat(ClientFile.scheme(oauth(List.of("read", "write")), "api.WithOAuth")).isEqualTo(
        "{Name: \"oauth\", Type: core.OAuth2, Env: []string{\"API_CLIENT_ID\", \"API_CLIENT_SECRET\"}, Option: \"api.WithOAuth\","
            + " TokenURL: \"https://auth.example.com/token\", Scopes: []string{\"read\", \"write\"}}");
  }

  @Test
  void anOAuthSchemeWithoutScopesLeavesThemOut() {
    assertThat(ClientFile.scheme(oauth(List.of()), "api.WithOAuth")).doesNotContain("Scopes");
  }
}
