"""S14-S16, S26, S27: cursor pagination, array query styles, null vs absent, int64, failures."""

from __future__ import annotations

import time

import kitchen_sink
from conftest import BASIC, Kit, Scenario
from kitchen_sink.models import Call, CallStatus

TRACE = "123e4567-e89b-12d3-a456-426614174000"


def test_s14_cursor_pages_and_array_styles(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S14")
    pager = kit.standard().calls.list(
        status=[CallStatus.QUEUED, CallStatus.RINGING], fields=["id", "status"], x_request_trace=TRACE
    )
    calls = kit.items(pager)
    assert all(isinstance(c, Call) for c in calls)
    assert [c.id for c in calls] == [1001, 1002, 1003]
    requests = scenario.requests()
    assert [r.url for r in requests] == [
        "/v1/calls?status=queued&status=ringing&fields=id,status",
        "/v1/calls?cursor=cur_2&status=queued&status=ringing&fields=id,status",
    ]
    for request in requests:
        assert request.header("x-request-trace") == TRACE
        assert request.header("authorization") == BASIC


def test_s15_explicit_null_and_absent(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S15")
    client = kit.standard()
    with_null = kit.run(
        client.calls.create(to="+15551230001", from_="+15559870000", correlation_id=9007199254740993, caller_name=None)
    )
    absent = kit.run(client.calls.create(to="+15551230001", from_="+15559870000", correlation_id=9007199254740993))
    first, second = scenario.requests()
    assert (
        first.body
        == b'{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993,"caller_name":null}'
    )
    assert second.body == b'{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993}'
    for request in (first, second):
        assert (request.method, request.url) == ("POST", "/v1/calls")
        assert request.media_type() == "application/json"
    assert with_null.id == 1015
    assert with_null.metadata == first.json()
    assert "caller_name" in with_null.metadata and with_null.metadata["caller_name"] is None
    assert absent.metadata == second.json() and "caller_name" not in absent.metadata


def test_s16_int64_kept_exactly(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S16")
    call = kit.run(kit.standard().calls.fetch(9007199254740993))
    assert call.id == 9007199254740993 and isinstance(call.id, int)
    assert call.status == CallStatus.COMPLETED
    assert call.answered_on is not None and call.answered_on.isoformat() == "2026-01-02"
    assert call.recording is None and call.duration_seconds == 42
    assert call.metadata == {"trace": "int64"}
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/calls/9007199254740993")


def test_s26_get_retried_after_dropped_connection_post_not(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S26")
    client = kit.standard()
    call = kit.run(client.calls.fetch(1026))
    assert call.id == 1026
    kit.raises(kitchen_sink.APIConnectionError, lambda: client.calls.create(to="+15551230001", from_="+15559870000"))
    assert [(r.method, r.url) for r in scenario.requests()] == [
        ("GET", "/v1/calls/1026"),
        ("GET", "/v1/calls/1026"),
        ("POST", "/v1/calls"),
    ]


def test_s27_timeout(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S27")
    client = kit.standard(timeout=1.0, max_retries=0)
    started = time.monotonic()
    error = kit.raises(kitchen_sink.APITimeoutError, lambda: client.misc.get_health())
    elapsed = time.monotonic() - started
    assert isinstance(error, kitchen_sink.APIConnectionError)
    assert 1.0 <= elapsed < 2.0, elapsed
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/health")
