"""S62: several specs, one SDK: the root client reaches each spec's client at its path, on one connection pool."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any

import pytest

import example_sdk
from conftest import BASIC, SID, TOKEN, WIREMOCK, Kit, Scenario
from example_sdk.accounts.v1.models import Account
from example_sdk.accounts.v1.models import Status as AccountStatus
from example_sdk.messaging.v2.models import Message
from example_sdk.messaging.v2.models import Status as MessageStatus

VARIABLES = ("EXAMPLE_USERNAME", "EXAMPLE_PASSWORD", "EXAMPLE_BASE_URL")


def _client(kit: Kit, **settings: Any) -> Any:
    client_class = example_sdk.AsyncClient if kit.flavour == "async" else example_sdk.Client
    return client_class(username=SID, password=TOKEN, **settings)


def test_s62_one_base_url_serves_both_specs_each_adding_its_server_path(
    kit: Kit, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    scenario.load("S62")
    client = _client(kit, base_url=WIREMOCK)
    try:
        account = kit.run(client.accounts.v1.accounts.fetch("AC62"))
        message = kit.run(client.messaging.v2.messages.create(to="+15551230062", body="Hello from two specs"))
        # Made once, on first use, on the root's connections.
        assert client.accounts.v1 is client.accounts.v1
        assert client.accounts.v1._core.http_client is client._http_client
        assert client.messaging.v2._core.http_client is client._http_client
    finally:
        kit.run(client.close())
    assert client._http_client.is_closed

    assert isinstance(account, Account)
    assert (account.id, account.name, account.status) == ("AC62", "Main", AccountStatus.ACTIVE)
    assert account.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert isinstance(message, Message)
    assert (message.sid, message.to, message.status) == ("SM62", "+15551230062", MessageStatus.QUEUED)
    assert AccountStatus is not MessageStatus
    assert AccountStatus.__module__.startswith("example_sdk.accounts.v1.")
    assert MessageStatus.__module__.startswith("example_sdk.messaging.v2.")

    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [("GET", "/v1/accounts/AC62"), ("POST", "/v2/messages")]
    assert [r.header("authorization") for r in requests] == [BASIC, BASIC]
    assert requests[1].media_type() == "application/x-www-form-urlencoded"
    assert requests[1].body == b"To=%2B15551230062&Body=Hello+from+two+specs"


def test_s62_the_root_has_messaging_v2_s_members_which_reach_its_paths(
    kit: Kit, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    scenario.load("S62")
    client = _client(kit, base_url=WIREMOCK)
    try:
        message = kit.run(client.messages.create(to="+15551230062", body="Hello from two specs"))
        # The mount client's own member: the same object, not a copy.
        assert client.messages is client.messaging.v2.messages
    finally:
        kit.run(client.close())

    assert isinstance(message, Message)
    assert (message.sid, message.status) == ("SM62", MessageStatus.QUEUED)
    request = scenario.only_request()
    assert (request.method, request.url, request.header("authorization")) == ("POST", "/v2/messages", BASIC)
    assert request.body == b"To=%2B15551230062&Body=Hello+from+two+specs"


def test_s62_the_base_url_is_read_from_the_environment(
    kit: Kit, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXAMPLE_BASE_URL", WIREMOCK)
    scenario.load("S62")
    client = _client(kit)
    try:
        account = kit.run(client.accounts.v1.accounts.fetch("AC62"))
    finally:
        kit.run(client.close())
    assert account.id == "AC62"
    assert scenario.only_request().url == "/v1/accounts/AC62"


def test_s62_without_a_base_url_each_spec_uses_its_own_server(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with example_sdk.Client(username=SID, password=TOKEN) as client:
        assert client.accounts.v1.base_url == "https://accounts.example.test/v1"
        assert client.messaging.v2.base_url == "https://messaging.example.test"


def test_s62_importing_the_package_loads_no_spec_until_it_is_used() -> None:
    script = (
        "import sys, example_sdk\n"
        "specs = ('example_sdk.accounts', 'example_sdk.messaging')\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith(specs))\n"
        "assert loaded() == [], loaded()\n"
        "client = example_sdk.Client(username='u', password='p', base_url='http://127.0.0.1:9')\n"
        "client.accounts.v1\n"
        "assert not any(m.startswith('example_sdk.messaging') for m in loaded()), loaded()\n"
        "assert 'example_sdk.accounts.v1.resources.accounts' not in loaded(), loaded()\n"
        "assert 'messaging' not in vars(client), vars(client)\n"
        "client.messages\n"
        "assert 'example_sdk.messaging.v2.resources.messages' in loaded(), loaded()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
