"""S63: the resource tree as the client: a shortcut takes the account from the credentials, a called
resource binds its key for everything below it."""

from __future__ import annotations

from typing import Any

import pytest
import tree_sdk
from tree_sdk._response import RawResponse
from tree_sdk.models import Balance, Domain, FeedbackSummary, Media, Message

from conftest import BASIC, SID, TOKEN, WIREMOCK, Kit, Scenario

ACCOUNT_PATH = f"/v1/Accounts/{SID}"


def _client(kit: Kit) -> Any:
    client_class = tree_sdk.AsyncClient if kit.flavour == "async" else tree_sdk.Client
    return client_class(username=SID, password=TOKEN, base_url=WIREMOCK)


def test_s63_the_tree_reaches_each_path_with_the_values_it_bound(
    kit: Kit, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TREE_ACCOUNT_SID", "TREE_AUTH_TOKEN", "TREE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    scenario.load("S63")
    client = _client(kit)
    try:
        message = kit.run(client.messages.create(to="+15551230063", body="Hello from the tree"))
        media = kit.run(client.accounts("AC63").messages("SM63").media("ME63").fetch())
        deleted = kit.run(client.messages("SM63").delete())
        summary = kit.run(client.calls.feedback_summary.create())
        domains = kit.run(client.sip.domains.list())
        balance = kit.run(client.balance.fetch())
    finally:
        kit.run(client.close())

    assert isinstance(message, Message)
    assert (message.sid, message.account_sid, message.to) == ("SM63", SID, "+15551230063")
    assert isinstance(media, Media)
    assert (media.sid, media.content_type) == ("ME63", "image/png")
    assert deleted is True
    assert isinstance(summary, FeedbackSummary)
    assert (summary.sid, summary.call_count) == ("FS63", 3)
    assert [type(domain) for domain in domains] == [Domain]
    assert [(domain.sid, domain.domain_name) for domain in domains] == [("SD63", "tree.sip.example.test")]
    assert isinstance(balance, Balance)
    assert (balance.balance, balance.currency) == ("12.50", "USD")

    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [
        ("POST", f"{ACCOUNT_PATH}/Messages.json"),
        ("GET", "/v1/Accounts/AC63/Messages/SM63/Media/ME63.json"),
        ("DELETE", f"{ACCOUNT_PATH}/Messages/SM63.json"),
        ("POST", f"{ACCOUNT_PATH}/Calls/FeedbackSummary.json"),
        ("GET", f"{ACCOUNT_PATH}/SIP/Domains.json"),
        ("GET", f"{ACCOUNT_PATH}/Balance.json"),
    ]
    assert [r.header("authorization") for r in requests] == [BASIC] * 6
    assert requests[0].media_type() == "application/x-www-form-urlencoded"
    assert requests[0].body == b"To=%2B15551230063&Body=Hello+from+the+tree"


def test_s63_the_tree_gives_raw_responses_on_collections_and_members(
    kit: Kit, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TREE_ACCOUNT_SID", "TREE_AUTH_TOKEN", "TREE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    scenario.load("S63")
    client = _client(kit)
    try:
        created = kit.run(client.messages.with_raw_response.create(to="+15551230063", body="Hello from the tree"))
        fetched = kit.run(client.accounts("AC63").messages("SM63").media("ME63").with_raw_response.fetch())
        deleted = kit.run(client.messages("SM63").with_raw_response.delete())
    finally:
        kit.run(client.close())

    assert isinstance(created, RawResponse)
    assert created.status_code == 201
    assert created.headers["content-type"] == "application/json"
    message = created.parse()
    assert isinstance(message, Message)
    assert (message.sid, message.account_sid, message.to) == ("SM63", SID, "+15551230063")
    assert isinstance(fetched, RawResponse)
    assert fetched.status_code == 200
    assert fetched.headers["content-type"] == "application/json"
    media = fetched.parse()
    assert isinstance(media, Media)
    assert (media.sid, media.content_type) == ("ME63", "image/png")
    assert isinstance(deleted, RawResponse)
    assert (deleted.status_code, deleted.parse()) == (204, True)

    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [
        ("POST", f"{ACCOUNT_PATH}/Messages.json"),
        ("GET", "/v1/Accounts/AC63/Messages/SM63/Media/ME63.json"),
        ("DELETE", f"{ACCOUNT_PATH}/Messages/SM63.json"),
    ]
    assert [r.header("authorization") for r in requests] == [BASIC] * 3
    assert requests[0].body == b"To=%2B15551230063&Body=Hello+from+the+tree"
