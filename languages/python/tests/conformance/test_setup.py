"""S29-S30: servers and server variables, base URL override, credentials from the environment."""

from __future__ import annotations

import pytest

import kitchen_sink
from conftest import BASE_URL, BASIC, SID, Forwarding, Kit, Scenario


def test_s29_region_variable_and_base_url(kit: Kit, scenario: Scenario, clean_environment: pytest.MonkeyPatch) -> None:
    scenario.load("S29")
    transport = Forwarding()
    in_ireland = kit.client(base_url=None, region="ie1", http_client=transport)
    by_default = kit.client(base_url=None, http_client=transport)
    assert kit.run(in_ireland.misc.get_health()) == "ok"
    assert kit.run(by_default.misc.get_health()) == "ok"
    assert transport.urls == [
        "GET https://ie1.api.kitchensink.test/v1/health",
        "GET https://us1.api.kitchensink.test/v1/health",
    ]
    overridden = kit.client(base_url=BASE_URL)
    assert overridden.base_url == BASE_URL
    assert kit.run(overridden.misc.get_health()) == "ok"
    assert [(r.method, r.url) for r in scenario.requests()] == [("GET", "/v1/health")] * 3


def test_s30_credentials_from_the_environment(
    kit: Kit, scenario: Scenario, clean_environment: pytest.MonkeyPatch
) -> None:
    scenario.load("S30")
    clean_environment.setenv("KITCHEN_SINK_USERNAME", SID)
    clean_environment.setenv("KITCHEN_SINK_PASSWORD", "token-secret")
    assert kit.run(kit.client().accounts.fetch(SID)).sid == SID
    clean_environment.delenv("KITCHEN_SINK_USERNAME")
    clean_environment.delenv("KITCHEN_SINK_PASSWORD")
    clean_environment.setenv("KITCHEN_SINK_TOKEN", "bearer-token")
    assert kit.run(kit.client().accounts.fetch(SID)).sid == SID
    clean_environment.delenv("KITCHEN_SINK_TOKEN")
    error = kit.raises(kitchen_sink.MissingCredentialsError, lambda: kit.client().accounts.fetch(SID))
    assert "KITCHEN_SINK_USERNAME" in str(error) and "KITCHEN_SINK_TOKEN" in str(error)
    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [("GET", f"/v1/accounts/{SID}")] * 2
    assert [r.header("authorization") for r in requests] == [BASIC, "Bearer bearer-token"]
