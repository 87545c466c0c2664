"""S31-S36: next-page links and redirects keep credentials on the API's origin; path dots, bad bodies
and bad header values fail at once with the SDK's own errors."""

from __future__ import annotations

import time

import pytest

import kitchen_sink
from conftest import API_KEY, BASIC, SID, WIREMOCK, Kit, Request, Scenario
from kitchen_sink.models import Account, Message, MessageStatus

MESSAGES = f"/v1/accounts/{SID}/messages"
FOREIGN = "x-switchboard-foreign"
CREDENTIALS = ("authorization", "x-api-key", "cookie")


def _foreign(requests: list[Request]) -> list[Request]:
    return [r for r in requests if r.header(FOREIGN) == "1"]


def test_s31_next_link_on_the_api_origin_is_rebased(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S31")
    client = kit.standard(base_url=WIREMOCK + "/edge/v1")
    messages = kit.items(client.messages.list(SID, page_size=2))
    assert [m.sid for m in messages] == ["SM311", "SM312", "SM313", "SM314", "SM315"]
    requests = scenario.requests()
    assert [r.url for r in requests] == [
        f"/edge{MESSAGES}?PageSize=2",
        f"/edge{MESSAGES}?PageSize=2&Page=1&PageToken=PA312",
        f"/edge{MESSAGES}?PageSize=2&Page=2&PageToken=PA314",
    ]
    assert all(r.header("authorization") == BASIC and r.header(FOREIGN) is None for r in requests)


def test_s52_absolute_path_next_link_keeps_the_base_url_prefix(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S52")
    client = kit.standard(base_url=WIREMOCK + "/edge/v1")
    messages = kit.items(client.messages.list(SID, page_size=2))
    assert [m.sid for m in messages] == ["SM521", "SM522", "SM523"]
    requests = scenario.requests()
    assert [r.url for r in requests] == [
        f"/edge{MESSAGES}?PageSize=2",
        f"/edge{MESSAGES}?PageSize=2&Page=1&PageToken=PA522",
    ]
    assert all(r.header("authorization") == BASIC and r.header(FOREIGN) is None for r in requests)


@pytest.mark.parametrize("page_size", [2, 3], ids=["absolute", "scheme-relative"])
def test_s32_next_link_to_another_origin_is_refused(kit: Kit, scenario: Scenario, page_size: int) -> None:
    scenario.load("S32")
    pages = kit.standard().messages.list(SID, page_size=page_size).iter_pages()
    started = time.monotonic()
    with pytest.raises(kitchen_sink.ForeignLinkError) as refused:
        kit.items(pages)
    assert time.monotonic() - started < 1.0
    assert "PF322" in refused.value.link
    request = scenario.only_request()
    assert request.url == f"{MESSAGES}?PageSize={page_size}"
    assert request.header(FOREIGN) is None


def test_s32_foreign_link_followed_without_credentials_on_request(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S32")
    client = kit.standard(follow_foreign_links=True)
    messages = kit.items(client.messages.list(SID, page_size=2))
    assert [m.sid for m in messages] == ["SM321", "SM322", "SM323"]
    first, second = scenario.requests()
    assert first.header("authorization") == BASIC and first.header(FOREIGN) is None
    assert second.url == f"{MESSAGES}?PageSize=2&Page=1&PageToken=PF322"
    assert second.header(FOREIGN) == "1"
    assert all(second.header(name) is None for name in CREDENTIALS)


def test_s33_cross_origin_redirect_strips_every_credential(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S33")
    client = kit.standard()
    account = kit.run(client.accounts.fetch(SID))
    assert isinstance(account, Account) and account.sid == SID
    media = kit.run(client.recordings.download_media("RE0330"))
    assert kit.run(media.read()) == b"RIFF-landed"
    requests = scenario.requests()
    assert [(r.url, r.header(FOREIGN)) for r in requests] == [
        (f"/v1/accounts/{SID}", None),
        (f"/v1/landing/accounts/{SID}", "1"),
        ("/v1/recordings/RE0330/media", None),
        ("/v1/landing/recordings/RE0330/media", "1"),
    ]
    assert requests[0].header("authorization") == BASIC
    assert requests[2].header("x-api-key") == API_KEY
    for landed in _foreign(requests):
        assert all(landed.header(name) is None for name in CREDENTIALS), landed.headers


def test_s33_same_origin_redirects_keep_credentials(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S33")
    client = kit.standard()
    account = kit.run(client.accounts.fetch("AC00000000000000000000000000000308"))
    assert account.sid == SID
    message = kit.run(client.messages.create(SID, to="+15551230001", body="see other"))
    assert isinstance(message, Message) and message.sid == "SM333" and message.status == MessageStatus.DELIVERED
    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [
        ("GET", "/v1/accounts/AC00000000000000000000000000000308"),
        ("GET", f"/v1/landing/accounts/{SID}"),
        ("POST", MESSAGES),
        ("GET", f"{MESSAGES}/SM333"),
    ]
    assert all(r.header("authorization") == BASIC and r.header(FOREIGN) is None for r in requests)
    assert requests[2].body == b"To=%2B15551230001&Body=see+other"
    assert requests[3].body == b"" and requests[3].header("content-type") is None


def test_s33_redirect_loop_is_bounded(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S33")
    error = kit.raises(kitchen_sink.TooManyRedirectsError, lambda: kit.standard().messages.fetch(SID, "SMloop"))
    assert error.status_code == 302
    assert [r.url for r in scenario.requests()] == [f"{MESSAGES}/SMloop"] * (kitchen_sink.MAX_REDIRECTS + 1)


@pytest.mark.parametrize("value", [".", ".."])
def test_s34_dot_segments_are_refused(kit: Kit, scenario: Scenario, value: str) -> None:
    scenario.load("S34")
    client = kit.standard()
    kit.raises(kitchen_sink.InvalidRequestError, lambda: client.messages.fetch(SID, value))
    kit.raises(kitchen_sink.InvalidRequestError, lambda: client.accounts.fetch(value))
    assert scenario.requests() == []


def test_s34_other_dots_are_sent_encoded(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S34")
    client = kit.standard()
    assert kit.run(client.messages.fetch(SID, "...")).sid == "..."
    assert kit.run(client.messages.fetch(SID, "%2E%2E")).sid == "%2E%2E"
    assert [r.url for r in scenario.requests()] == [f"{MESSAGES}/...", f"{MESSAGES}/%252E%252E"]


def test_s35_bad_bodies_raise_typed_errors(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S35")
    client = kit.standard()
    malformed = kit.raises(kitchen_sink.ResponseValidationError, lambda: client.accounts.fetch(SID))
    assert malformed.status_code == 200 and malformed.body.startswith(b'{"sid":')
    with pytest.raises(kitchen_sink.ResponseValidationError):
        kit.items(client.calls.list())
    deep = kit.raises(kitchen_sink.ResponseValidationError, lambda: client.calls.fetch(3503))
    assert len(deep.body) == 100_002
    not_found = kit.raises(kitchen_sink.NotFoundError, lambda: client.calls.fetch(3504))
    assert len(not_found.raw_body) == 100_002 and isinstance(not_found.body, str)
    stream = kit.run(client.misc.stream_events())
    events = []
    with pytest.raises(kitchen_sink.ResponseValidationError) as bad_event:
        if kit.loop is None:
            events.extend(stream)
        else:
            kit.loop.run_until_complete(_collect_into(stream, events))
    assert [e.message_sid for e in events] == ["SM035"]
    assert bad_event.value.body == b'{"MessageSid":'
    assert len(scenario.requests()) == 5


async def _collect_into(stream: kitchen_sink.AsyncStream[object], found: list[object]) -> None:
    async for event in stream:
        found.append(event)


@pytest.mark.parametrize("value", ["abc\r\nX-Injected: yes", "abc\nX-Injected: yes", "abc\r"])
def test_s36_line_breaks_in_header_values_are_refused_before_sending(kit: Kit, scenario: Scenario, value: str) -> None:
    scenario.load("S36")
    client = kit.standard()
    started = time.monotonic()
    with pytest.raises(kitchen_sink.InvalidRequestError):
        kit.run(client.calls.list(x_request_trace=value).first_page())
    kit.raises(
        kitchen_sink.InvalidRequestError,
        lambda: client.accounts.fetch(SID, request_options={"extra_headers": {"X-Note": value}}),
    )
    assert time.monotonic() - started < 0.5
    assert scenario.requests() == []
