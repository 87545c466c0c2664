"""S50: the User-Agent names this SDK, its version and the Python runtime."""

from __future__ import annotations

import platform

from conftest import Kit, Scenario


def test_s50_user_agent_names_the_sdk_its_version_and_python(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S50")
    assert kit.run(kit.standard().misc.get_health()) == "ok"
    request = scenario.only_request()
    assert request.header("user-agent") == f"kitchen-sink/1.0.0 python/{platform.python_version()}"
