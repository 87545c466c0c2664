"""Runtime behaviour the scenarios do not reach, checked with the kitchen-sink SDK and an in-memory transport."""

from __future__ import annotations

import datetime
import email.utils
import json
import platform
import time

import httpx
import pytest

import kitchen_sink
from kitchen_sink._auth import Credentials, api_key_auth, client_credentials_auth
from kitchen_sink._core import Endpoint, SyncCore
from kitchen_sink._encoding import encode_form, encode_json, encode_query, query_string
from kitchen_sink._models import decode, to_json_value
from kitchen_sink._params import Params
from kitchen_sink._retry import parse_retry_after, retry_delay
from kitchen_sink._streaming import SseDecoder
from kitchen_sink.models import (
    Call,
    CallStatus,
    CreateCallRequest,
    CreateReminderRequest,
    CreateReminderRequestRepeat,
    Dog,
    MessageStatus,
    PaymentIntentCreateShipping,
    PaymentIntentCreateShippingAddress,
    RecordingChannels,
    Reminder,
)


def client(handler: httpx.MockTransport, **settings: object) -> kitchen_sink.Client:
    return kitchen_sink.Client(
        base_url="https://api.test/v1",
        username="u",
        password="p",
        http_client=httpx.Client(transport=handler),
        **settings,  # type: ignore[arg-type]
    )


def test_sse_decoder_joins_data_lines_and_ignores_comments() -> None:
    lines = [": comment", "event: update", "id: 7", 'data: {"a":', "data: 1}", "", "retry: 50", "data: x", ""]
    events = list(SseDecoder().events(lines))
    assert [(e.event, e.id, e.data) for e in events] == [("update", "7", '{"a":\n1}'), (None, "7", "x")]
    assert events[1].retry == 50


def test_form_bodies_use_brackets_for_nested_objects() -> None:
    body = encode_form(
        {"card": {"number": "4242", "exp": {"month": 1}}, "items": [{"price": "p_1"}], "tags": ["a", "b"]}, {}
    )
    assert body == b"card%5Bnumber%5D=4242&card%5Bexp%5D%5Bmonth%5D=1&items%5B0%5D%5Bprice%5D=p_1&tags=a&tags=b"


def test_query_styles() -> None:
    pairs = encode_query(
        {"filter": {"created": "2026"}, "ids": [1, 2], "q": "a b+c", "skip": kitchen_sink.NOT_GIVEN},
        {"filter": "deep", "ids": "pipes"},
    )
    assert query_string(pairs) == "filter%5Bcreated%5D=2026&ids=1|2&q=a%20b%2Bc"


def test_retry_after_seconds_dates_and_backoff() -> None:
    assert parse_retry_after(httpx.Headers({"retry-after": "2"})) == 2.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    hinted = parse_retry_after(httpx.Headers({"retry-after": later}))
    assert hinted is not None and 25 < hinted <= 30
    assert parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None
    assert all(0.375 <= retry_delay(1, None) <= 0.5 for _ in range(20))
    assert retry_delay(10, None) <= 8.0


def test_models_keep_unknown_fields_and_tell_null_from_absent() -> None:
    call = Call.model_validate_json(
        '{"id": 9007199254740993, "status": "new-status", "to": "a", "from": "b",'
        ' "created_at": "2026-01-02T03:04:05Z", "recording": null, "extra": {"x": 1}}'
    )
    assert call.id == 9007199254740993 and call.status == "new-status"
    assert call.model_extra == {"extra": {"x": 1}}
    assert "recording" in call.model_fields_set and "answered_on" not in call.model_fields_set
    assert json.loads(call.model_dump_json(by_alias=True, exclude_unset=True))["from"] == "b"
    request = CreateCallRequest(to="a", from_="b", caller_name=None)
    assert request.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        "to": "a",
        "from": "b",
        "caller_name": None,
    }


def test_a_model_and_its_plain_data_form_are_written_alike() -> None:
    created = datetime.datetime(2026, 1, 2, 3, 4, 5)
    values = {
        "id": 9007199254740993,
        "status": CallStatus.COMPLETED,
        "to": "a",
        "from": "b",
        "created_at": created,
        "answered_on": datetime.date(2026, 1, 3),
        "metadata": {"at": created.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))},
    }
    model = Call.model_validate(values)
    written = {
        "id": 9007199254740993,
        "status": "completed",
        "to": "a",
        "from": "b",
        "created_at": "2026-01-02T03:04:05Z",
        "answered_on": "2026-01-03",
        "metadata": {"at": "2026-01-02T03:04:05+02:00"},
    }
    assert to_json_value(model) == to_json_value(values) == written
    styles = {"call": "deep"}
    assert encode_form({"call": model}, styles) == encode_form({"call": values}, styles)
    assert encode_json(model) == encode_json(values)


def test_nested_models_keep_error_locations_and_lenient_decoding() -> None:
    with pytest.raises(kitchen_sink.ModelValidationError) as raised:
        PaymentIntentCreateShipping(name="Jenny", address={"line1": 5})  # type: ignore[arg-type]
    assert [error["loc"] for error in raised.value.errors()] == [("address", "line1")]
    shipping = PaymentIntentCreateShipping(name="Jenny", address={"line1": "1 Main St"})  # type: ignore[arg-type]
    assert isinstance(shipping.address, PaymentIntentCreateShippingAddress)
    assert shipping.address.line1 == "1 Main St"
    call = decode(
        Call,
        '{"id": 1, "status": "completed", "to": "a", "from": "b", "created_at": "2026-01-02T03:04:05Z",'
        ' "recording": {"id": "RE1", "duration_seconds": "long", "channels": 2}}',
    )
    assert call.recording is not None and call.recording.model_mismatched == {"duration_seconds": "long"}
    mismatched = decode(
        Call,
        '{"id": 1, "status": "completed", "to": "a", "from": "b", "created_at": "2026-01-02T03:04:05Z",'
        ' "recording": "RE1"}',
    )
    assert mismatched.recording is None and mismatched.model_mismatched == {"recording": "RE1"}


def test_discriminator_constant_defaults_and_is_sent() -> None:
    dog = Dog(id="1", name="Rex", good_boy=True)
    assert dog.pet_type == "dog"
    assert dog.model_dump(by_alias=True, exclude_unset=True) == {
        "id": "1",
        "name": "Rex",
        "pet_type": "dog",
        "good_boy": True,
    }


def test_post_without_idempotency_key_is_not_retried_on_503() -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"code": 1, "message": "down"})

    with pytest.raises(kitchen_sink.InternalServerError) as caught:
        client(httpx.MockTransport(handle)).calls.create(to="a", from_="b")
    assert len(calls) == 1 and caught.value.status_code == 503
    assert caught.value.body.message == "down"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_delete_without_a_body_returns_whether_the_server_deleted_raw_or_not() -> None:
    for status, deleted in ((204, True), (200, True), (202, False)):
        accounts = client(httpx.MockTransport(lambda _, status=status: httpx.Response(status))).accounts
        assert accounts.delete("AC1") is deleted
        raw = accounts.with_raw_response.delete("AC1")
        assert (raw.status_code, raw.parse()) == (status, deleted)
    with pytest.raises(kitchen_sink.NotFoundError):
        client(httpx.MockTransport(lambda _: httpx.Response(404, json={"code": 20404}))).accounts.delete("AC1")


def test_get_is_retried_on_5xx_up_to_max_retries() -> None:
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500, headers={"Retry-After": "0"}, text="boom")

    with pytest.raises(kitchen_sink.InternalServerError) as caught:
        client(httpx.MockTransport(handle), max_retries=3).calls.fetch(1)
    assert len(calls) == 4 and caught.value.body == "boom"


def test_request_options_override_headers_query_and_retries() -> None:
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="ok")

    sdk = client(httpx.MockTransport(handle), default_headers={"X-Team": "ops"})
    options: kitchen_sink.RequestOptions = {"extra_headers": {"X-Trace": "t"}, "extra_query": {"debug": "a b"}}
    assert sdk.misc.get_health(request_options=options) == "ok"
    request = seen[0]
    assert str(request.url) == "https://api.test/v1/health?debug=a%20b"
    assert (request.headers["x-team"], request.headers["x-trace"], request.headers["accept"]) == (
        "ops",
        "t",
        "text/plain",
    )
    agent = f"kitchen-sink/{kitchen_sink.__version__} python/{platform.python_version()}"
    assert request.headers["user-agent"] == agent


def test_query_datetimes_are_utc_with_z() -> None:
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"messages": [], "meta": {"page": 0, "page_size": 0}})

    offset = datetime.timezone(datetime.timedelta(hours=2))
    sent = datetime.datetime(2026, 1, 2, 5, 4, 5, tzinfo=offset).astimezone(datetime.timezone.utc)
    pager = client(httpx.MockTransport(handle)).messages.list("AC1", date_sent_after=sent, status=MessageStatus.SENT)
    assert list(pager) == []
    assert seen[0].url.query == b"DateSent%3E=2026-01-02T03:04:05Z&Status=sent"


def test_rfc_2822_fields_are_written_as_rfc_2822_json_and_read_from_either_format() -> None:
    at = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=datetime.timezone.utc)
    naive = datetime.datetime(2023, 8, 24, 5, 1, 45)
    reminder = Reminder(sid="RM1", remind_at=naive, date_created=None)
    assert to_json_value(reminder) == {
        "sid": "RM1",
        "remind_at": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_created": None,
    }
    decoded = decode(
        Reminder, b'{"sid":"RM1","remind_at":"2023-08-24T05:01:45Z","date_created":"Thu, 24 Aug 2023 05:01:45 GMT"}'
    )
    assert (decoded.remind_at, decoded.date_created) == (at, at)


def test_enum_members_print_and_format_as_their_value() -> None:
    status = MessageStatus.SENT
    assert f"{status}" == "sent"
    assert str(status) == "sent"
    assert f"{status}|{status:>6}" == "sent|  sent"
    assert format(status) == "sent"
    assert status == "sent"
    assert f"{RecordingChannels.VALUE_1}" == "1"
    assert str(RecordingChannels.VALUE_1) == "1"
    assert RecordingChannels.VALUE_1 == 1
    assert repr(status) == "<MessageStatus.SENT: 'sent'>"


def _oauth_core(handler: httpx.MockTransport) -> tuple[SyncCore, Endpoint]:
    auth = client_credentials_auth("id", "secret", token_url="https://auth.test/token", scopes=["read"])
    core = SyncCore(
        http_client=httpx.Client(transport=handler),
        base_url="https://api.test",
        base_url_overridden=False,
        credentials=Credentials({"oauth": auth}, {"oauth": "client_id= and client_secret="}),
        timeout=kitchen_sink.NOT_GIVEN,
        max_retries=0,
        default_headers=None,
    )
    return core, Endpoint(method="GET", path="/things", response="text", security=(("oauth",),))


def test_client_credentials_fetch_a_token_once_and_send_it() -> None:
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "auth.test":
            return httpx.Response(200, json={"access_token": "t1", "expires_in": 3600})
        return httpx.Response(200, text="ok")

    core, endpoint = _oauth_core(httpx.MockTransport(handle))
    assert [core.request(endpoint, Params(), None) for _ in range(2)] == ["ok", "ok"]
    token, first, second = seen
    assert token.content == b"grant_type=client_credentials&scope=read"
    assert token.headers["authorization"].startswith("Basic ")
    assert first.headers["authorization"] == second.headers["authorization"] == "Bearer t1"


def test_client_credentials_rejected_raise_the_status_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_client"})

    core, endpoint = _oauth_core(httpx.MockTransport(handle))
    with pytest.raises(kitchen_sink.AuthenticationError) as caught:
        core.request(endpoint, Params(), None)
    assert caught.value.body == {"error": "invalid_client"}


def test_cross_origin_redirect_drops_query_and_cookie_credentials() -> None:
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.test":
            return httpx.Response(307, headers={"Location": "https://other.test/landing?api_key=k1&page=2"})
        return httpx.Response(200, text="ok")

    schemes = {
        "key": api_key_auth("k1", location="query", name="api_key"),
        "session": api_key_auth("s1", location="cookie", name="sid"),
    }
    core = SyncCore(
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
        base_url="https://api.test",
        base_url_overridden=False,
        credentials=Credentials(schemes, {}),
        timeout=kitchen_sink.NOT_GIVEN,
        max_retries=0,
        default_headers=None,
    )
    endpoint = Endpoint(method="GET", path="/things", response="text", security=(("key", "session"),))
    assert core.request(endpoint, Params(), None) == "ok"
    first, landed = seen
    assert first.url.params["api_key"] == "k1" and first.headers["cookie"] == "sid=s1"
    assert str(landed.url) == "https://other.test/landing?page=2"
    assert "cookie" not in landed.headers


def test_host_label_refuses_what_would_move_the_request_to_another_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    from kitchen_sink._hosts import HostRewrite, host_label

    monkeypatch.delenv("SOME_REGION", raising=False)
    assert host_label("ie1", "region", "SOME_REGION") == "ie1"
    assert host_label(None, "region", "SOME_REGION") is None
    monkeypatch.setenv("SOME_REGION", "  ")
    assert host_label(None, "region", "SOME_REGION") is None
    monkeypatch.setenv("SOME_REGION", " au1 ")
    assert host_label(None, "region", "SOME_REGION") == "au1"
    for value in ["evil.test#", "a/b", "u@evil.test", "evil:1", "a.b", "-a", "a-", "a" * 64, "é1", "ie1\n"]:
        with pytest.raises(ValueError, match=r"^edge .* not a valid host label: .*1-63 letters, digits or '-'"):
            host_label(value, "edge", "SOME_EDGE")
        monkeypatch.setenv("SOME_REGION", value)
        if value.strip() == value:  # a variable's value is trimmed first, as every runtime does
            with pytest.raises(ValueError, match=r"^SOME_REGION "):
                host_label(None, "region", "SOME_REGION")
        with pytest.raises(ValueError, match=r"^region "):
            HostRewrite(hosts=("*.x.test",), rewrite="{host}.{region}.x.test", region=value)
    rewrite = HostRewrite(hosts=("*.x.test",), rewrite="{host}.{edge}.{region}.x.test", region="a" * 63, edge="E-1")
    assert rewrite.url("https://api.x.test/v1?a=1") == f"https://api.E-1.{'a' * 63}.x.test/v1?a=1"


def test_rfc_2822_times_and_floats_are_written_alike_from_a_model_and_its_plain_data_form() -> None:
    until = datetime.datetime(2023, 9, 1, 8, 0, tzinfo=datetime.timezone.utc)
    sent: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, json={"sid": "RM1", "remind_at": "Thu, 24 Aug 2023 05:01:45 +0000"})

    sdk = client(httpx.MockTransport(handle))
    at = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=datetime.timezone.utc)
    model = CreateReminderRequestRepeat(until=until, every_hours=2)
    sdk.reminders.create(account_sid="AC1", remind_at=at, repeat=model)
    sdk.reminders.create(account_sid="AC1", remind_at=at, repeat={"Until": until, "EveryHours": 2})
    expected = (
        b"RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000"
        b"&Repeat%5BUntil%5D=Fri%2C+01+Sep+2023+08%3A00%3A00+%2B0000&Repeat%5BEveryHours%5D=2.0"
    )
    assert sent == [expected, expected]
    # One writer for both forms, nested too; the python-mode dump keeps datetimes.
    request = CreateReminderRequest(remind_at=at, repeat=model)
    plain = {"RemindAt": at, "Repeat": {"Until": until, "EveryHours": 2}}
    written = {
        "RemindAt": "Thu, 24 Aug 2023 05:01:45 +0000",
        "Repeat": {"Until": "Fri, 01 Sep 2023 08:00:00 +0000", "EveryHours": 2.0},
    }
    assert to_json_value(request) == to_json_value(plain, lambda: CreateReminderRequest) == written
    assert encode_json(request) == encode_json(plain, lambda: CreateReminderRequest)
    assert model.model_dump() == {"until": until, "every_hours": 2.0}
    assert model.model_dump(mode="json", by_alias=True)["Until"] == "Fri, 01 Sep 2023 08:00:00 +0000"
    # Outside a model's table nothing changes: an int stays an int, a datetime is RFC 3339.
    assert to_json_value({"n": 2, "at": until}) == {"n": 2, "at": "2023-09-01T08:00:00Z"}
