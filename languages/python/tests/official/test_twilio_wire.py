"""The same Twilio calls, made with the official ``twilio`` package and with the SDK generated from
Twilio's specs as one package (the subset tests/run.sh builds, ``shortcuts: api/v2010``), send the
same requests: method, path, query and decoded form body (and the same basic credentials). Each call
is written once and made on both clients. A recording server on 127.0.0.1 answers both.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import http.server
import json
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import twilio_sdk
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client as OfficialClient

SID = "AC0123456789abcdef0123456789abcdef"
TOKEN = "auth-token-123"
MESSAGE = "SM0123456789abcdef0123456789abcdef"
CALL = "CA0123456789abcdef0123456789abcdef"
SERVICE = "VA0123456789abcdef0123456789abcdef"
TO = "+15558675310"
FROM = "+15017122661"
SENT_AFTER = datetime.datetime(2026, 11, 30, 8, 30, tzinfo=datetime.timezone.utc)
SEND_AT = datetime.datetime(2026, 12, 24, 9, 0, tzinfo=datetime.timezone.utc)


@dataclasses.dataclass(frozen=True)
class Seen:
    """One request as the server saw it, decoded: the path (``+`` may arrive as ``%2B``), query and form
    values, which keep their order per name."""

    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    authorization: str | None


class Recorder:
    """An HTTP server on 127.0.0.1 that records every request and answers with the response set last."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.status = 200
        self.body: Any = {}
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                recorder.seen.append(
                    Seen(
                        self.command,
                        urllib.parse.unquote(url.path),
                        _pairs(url.query),
                        _pairs(raw),
                        self.headers.get("Authorization"),
                    )
                )
                payload = b"" if recorder.status == 204 else json.dumps(recorder.body).encode()
                self.send_response(recorder.status)
                if payload:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = _record  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _pairs(text: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
        values.setdefault(name, []).append(value)
    return values


class _ToRecorder(TwilioHttpClient):
    """The official HTTP client, sending every request to the recorder instead of Twilio's hosts."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.base_url = base_url
        if self.session is not None:
            self.session.trust_env = False

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        parts = urllib.parse.urlsplit(url)
        local = self.base_url + urllib.parse.urlunsplit(("", "", parts.path, parts.query, ""))
        return super().request(method, local, *args, **kwargs)


@dataclasses.dataclass(frozen=True)
class Clients:
    official: OfficialClient
    ours: twilio_sdk.Client


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    yield server
    server.close()


@pytest.fixture(scope="module")
def clients(recorder: Recorder) -> Iterator[Clients]:
    ours = twilio_sdk.Client(username=SID, password=TOKEN, base_url=recorder.url)
    yield Clients(OfficialClient(SID, TOKEN, http_client=_ToRecorder(recorder.url)), ours)
    ours.close()


def _page(key: str) -> dict[str, Any]:
    return {key: [], "next_page_uri": None, "page": 0, "page_size": 20, "uri": "/", "first_page_uri": "/"}


@dataclasses.dataclass(frozen=True)
class Call:
    """One call, written as Twilio's documentation writes it, made on either client."""

    name: str
    status: int
    body: Any
    make: Callable[[Any], Any]


CALLS = [
    Call(
        "send a message",
        201,
        {"sid": MESSAGE, "account_sid": SID},
        lambda client: client.messages.create(to=TO, from_=FROM, body="Hello there"),
    ),
    Call(
        "send a message with two media URLs",
        201,
        {"sid": MESSAGE},
        lambda client: client.messages.create(
            to=TO, from_=FROM, media_url=["https://demo.twilio.com/a.png", "https://demo.twilio.com/b.png"]
        ),
    ),
    Call(
        "schedule a message",
        201,
        {"sid": MESSAGE},
        lambda client: client.messages.create(
            to=TO, messaging_service_sid="MG0123", body="Later", send_at=SEND_AT, schedule_type="fixed"
        ),
    ),
    Call("fetch a message", 200, {"sid": MESSAGE}, lambda client: client.messages(MESSAGE).fetch()),
    Call(
        "list messages with a limit and a date filter",
        200,
        _page("messages"),
        lambda client: list(client.messages.list(to=TO, date_sent_after=SENT_AFTER, limit=20)),
    ),
    Call("delete a message", 204, None, lambda client: client.messages(MESSAGE).delete()),
    Call(
        "place a call",
        201,
        {"sid": CALL},
        lambda client: client.calls.create(to=TO, from_=FROM, url="https://demo.twilio.com/docs/voice.xml"),
    ),
    Call("hang up a call", 200, {"sid": CALL}, lambda client: client.calls(CALL).update(status="completed")),
    Call(
        "list incoming phone numbers",
        200,
        _page("incoming_phone_numbers"),
        lambda client: list(client.incoming_phone_numbers.list(phone_number="+1555", limit=5)),
    ),
    Call(
        "start a verification",
        201,
        {"sid": "VE0123"},
        lambda client: client.verify.v2.services(SERVICE).verifications.create(to=TO, channel="sms"),
    ),
    Call(
        "look up a phone number",
        200,
        {"phone_number": TO},
        lambda client: client.lookups.v2.phone_numbers(TO).fetch(fields="line_type_intelligence"),
    ),
]


@pytest.mark.parametrize("call", CALLS, ids=[call.name for call in CALLS])
def test_the_same_call_sends_the_same_request(call: Call, clients: Clients, recorder: Recorder) -> None:
    recorder.status, recorder.body = call.status, call.body
    recorder.seen.clear()
    call.make(clients.official)
    official = list(recorder.seen)
    recorder.seen.clear()
    call.make(clients.ours)
    ours = list(recorder.seen)
    assert len(official) == 1, official
    assert ours == official
    assert official[0].authorization == "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()


def test_a_delete_returns_true_on_both_clients(clients: Clients, recorder: Recorder) -> None:
    recorder.status, recorder.body = 204, None
    assert clients.official.messages(MESSAGE).delete() is True
    assert clients.ours.messages(MESSAGE).delete() is True


def test_the_recorder_tells_different_requests_apart(clients: Clients, recorder: Recorder) -> None:
    recorder.status, recorder.body = 201, {"sid": MESSAGE}
    recorder.seen.clear()
    clients.official.messages.create(to=TO, from_=FROM, body="Hello there")
    clients.ours.messages.create(to=TO, from_=FROM, body="Hello, there")
    first, second = recorder.seen
    assert first.form != second.form


def test_our_client_s_members_are_the_2010_api_s_own(clients: Clients) -> None:
    assert clients.ours.messages is clients.ours.api.v2010.messages
    assert type(clients.ours.calls).__module__ == "twilio_sdk.api.v2010.tree.call"
