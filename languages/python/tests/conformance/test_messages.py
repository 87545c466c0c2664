"""S06-S13: page-URL pagination, query and path encoding, idempotency keys, retries, errors, open enums."""

from __future__ import annotations

import datetime

import kitchen_sink
from conftest import BASIC, SID, Kit, Scenario
from kitchen_sink.models import Message, MessageStatus, ValidationError

MESSAGES = f"/v1/accounts/{SID}/messages"
MEDIA = ["https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png"]


def test_s06_next_url_pages_lazily(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S06")
    client = kit.standard()
    first = kit.items(client.messages.list(SID, page_size=2), limit=1)
    assert [m.sid for m in first] == ["SM001"]
    assert len(scenario.requests()) == 1
    scenario.load("S06")
    messages = kit.items(client.messages.list(SID, page_size=2))
    assert all(isinstance(m, Message) for m in messages)
    assert [m.sid for m in messages] == ["SM001", "SM002", "SM003", "SM004", "SM005"]
    requests = scenario.requests()
    assert [r.url for r in requests] == [
        f"{MESSAGES}?PageSize=2",
        f"{MESSAGES}?PageSize=2&Page=1&PageToken=PASM002",
        f"{MESSAGES}?PageSize=2&Page=2&PageToken=PASM004",
    ]
    assert all(r.method == "GET" and r.header("authorization") == BASIC for r in requests)


def test_s06_pages_with_their_responses(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S06")
    pages = kit.items(kit.standard().messages.list(SID, page_size=2).iter_pages())
    assert [len(page) for page in pages] == [2, 2, 1]
    assert all(page.status_code == 200 for page in pages)
    assert pages[2].body.meta.next_page_url is None


def test_s07_query_encoding(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S07")
    sent = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    pager = kit.standard().messages.list(SID, date_sent_after=sent, status=MessageStatus.QUEUED)
    page = kit.run(pager.first_page())
    assert [m.sid for m in page.items] == ["SM007"]
    assert page.items[0].status == MessageStatus.QUEUED
    request = scenario.only_request()
    assert request.url == f"{MESSAGES}?DateSent%3E=2026-01-02T03:04:05Z&Status=queued"
    assert request.header("authorization") == BASIC


def test_s08_idempotency_key_given_and_generated(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S08")
    client = kit.standard()
    given = kit.run(
        client.messages.create(
            SID, to="+15551230001", body="Hello & welcome", media_url=MEDIA, idempotency_key="order-42"
        )
    )
    generated = kit.run(client.messages.create(SID, to="+15551230001", body="Hello & welcome", media_url=MEDIA))
    for message in (given, generated):
        assert isinstance(message, Message)
        assert (message.sid, message.body, message.status) == ("SM100", "Hello & welcome", MessageStatus.QUEUED)
        assert message.price is None and message.media is not None and len(message.media) == 2
    form = (
        b"To=%2B15551230001&Body=Hello+%26+welcome&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fa.png"
        b"&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fb.png"
    )
    first, second = scenario.requests()
    for request in (first, second):
        assert (request.method, request.url, request.body) == ("POST", MESSAGES, form)
        assert request.media_type() == "application/x-www-form-urlencoded"
        assert request.header("authorization") == BASIC
    assert first.header("idempotency-key") == "order-42"
    assert second.header("idempotency-key") not in (None, "", "order-42")


def test_s09_retry_after_503_with_same_key(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S09")
    message = kit.run(kit.standard().messages.create(SID, to="+15551230001", body="retry me"))
    assert message.sid == "SM109"
    first, second = scenario.requests()
    for request in (first, second):
        assert (request.method, request.url, request.body) == ("POST", MESSAGES, b"To=%2B15551230001&Body=retry+me")
    assert first.header("idempotency-key") and first.header("idempotency-key") == second.header("idempotency-key")
    assert 900 <= second.logged - first.logged < 3000


def test_s10_rate_limit_gives_up_after_two_retries(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S10")
    client = kit.standard()
    error = kit.raises(
        kitchen_sink.RateLimitError, lambda: client.messages.create(SID, to="+15551230001", body="finally")
    )
    assert error.status_code == 429
    assert error.retry_after == 1.0
    assert error.body.code == 20429
    requests = scenario.requests()
    assert len(requests) == 3
    assert {r.body for r in requests} == {b"To=%2B15551230001&Body=finally"}
    assert len({r.header("idempotency-key") for r in requests}) == 1
    gaps = [b.logged - a.logged for a, b in zip(requests, requests[1:])]
    assert all(900 <= gap < 3000 for gap in gaps), gaps


def test_s11_validation_error_fields(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S11")
    error = kit.raises(
        kitchen_sink.UnprocessableEntityError, lambda: kit.standard().messages.create(SID, to="not-a-number")
    )
    assert error.status_code == 422
    assert isinstance(error.body, ValidationError)
    assert error.body.code == 21211
    assert error.body.fields is not None
    assert (error.body.fields[0].name, error.body.fields[0].reason) == ("To", "not a valid E.164 number")
    request = scenario.only_request()
    assert (request.method, request.url, request.body) == ("POST", MESSAGES, b"To=not-a-number")
    assert request.header("idempotency-key")


def test_s12_unknown_enum_value(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S12")
    message = kit.run(kit.standard().messages.fetch(SID, "SM012"))
    assert message.sid == "SM012"
    assert message.status == "scheduled-v2"
    assert not isinstance(message.status, MessageStatus)
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", f"{MESSAGES}/SM012")


def test_s13_path_parameter_encoding(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S13")
    message = kit.run(kit.standard().messages.fetch(SID, "MM a/b?c"))
    assert message.sid == "MM a/b?c"
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", f"{MESSAGES}/MM%20a%2Fb%3Fc")
