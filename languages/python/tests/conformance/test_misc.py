"""S23-S25: reserved-word properties, maps and free-form JSON, server-sent events."""

from __future__ import annotations

import time

from conftest import Kit, Scenario
from kitchen_sink.models import MessageStatus, ReservedWords, StatusEvent, Usage

RESERVED = (
    '{"class":"v-class","def":"v-def","from":"v-from","import":"v-import","package":"v-package","func":"v-func",'
    '"type":"v-type","interface":"v-interface","default":"v-default","async":true,"await":false,"yield":3,'
    '"self":"v-self","this":"v-this","new":true,"delete":false,"None":"v-None","nil":"v-nil","null":"v-null",'
    '"true":true,"range":"v-range","select":"v-select","chan":"v-chan","go":"v-go","fn":"v-fn","match":"v-match",'
    '"content-type":"v-content-type","@id":"v-@id","$schema":"v-$schema","snake_case":"v-snake_case",'
    '"camelCase":"v-camelCase","PascalCase":"v-PascalCase","SCREAMING_CASE":"v-SCREAMING_CASE",'
    '"with space":"v-with space","ünïcödé":"v-ünïcödé"}'
).encode()


def test_s23_reserved_words_round_trip(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S23")
    echoed = kit.run(
        kit.standard().misc.create_reserved_words(
            class_="v-class", def_="v-def", from_="v-from", import_="v-import", package="v-package",
            func="v-func", type="v-type", interface="v-interface", default="v-default", async_=True,
            await_=False, yield_=3, self_="v-self", this="v-this", new=True, delete=False, none="v-None",
            nil="v-nil", null="v-null", true=True, range="v-range", select="v-select", chan="v-chan", go="v-go",
            fn="v-fn", match="v-match", content_type="v-content-type", id="v-@id", schema="v-$schema",
            snake_case="v-snake_case", camel_case="v-camelCase", pascal_case="v-PascalCase",
            screaming_case="v-SCREAMING_CASE", with_space="v-with space", unicode="v-ünïcödé",
        )
    )  # fmt: skip
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", "/v1/misc/reserved-words")
    assert request.media_type() == "application/json"
    assert request.body == RESERVED
    assert isinstance(echoed, ReservedWords)
    assert (echoed.class_, echoed.from_, echoed.async_, echoed.yield_, echoed.true) == (
        "v-class",
        "v-from",
        True,
        3,
        True,
    )
    assert (echoed.schema_, echoed.id, echoed.none, echoed.unicode) == ("v-$schema", "v-@id", "v-None", "v-ünïcödé")
    assert echoed.model_dump(mode="json", by_alias=True, exclude_unset=True) == request.json()


def test_s24_maps_and_free_form_json(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S24")
    usage = kit.run(kit.standard().misc.get_usage_maps())
    assert isinstance(usage, Usage)
    assert usage.kind == "usage"
    assert usage.counters == {"sms": 9007199254740993, "voice": 12, "zero": 0, "negative": -9007199254740993}
    assert usage.by_category == {"sms": {"inbound": 1.5, "outbound": 2.0}, "voice": {}}
    assert usage.raw == {"nested": [1, "two", None, True, {"deep": []}], "n": -0.5}
    assert usage.labels == {"team": "ops", "tier": 3, "beta": True}
    assert usage.empty == {}
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/misc/maps")


def test_s25_server_sent_events_as_they_arrive(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S25")
    started = time.monotonic()
    stream = kit.run(kit.standard().misc.stream_events())
    first = kit.items(stream, limit=1)
    first_after = time.monotonic() - started
    kit.run(stream.close())
    scenario.load("S25")
    started = time.monotonic()
    events = kit.items(kit.run(kit.standard().misc.stream_events()))
    total = time.monotonic() - started
    assert first_after < total
    assert all(isinstance(e, StatusEvent) for e in first + events)
    assert [(e.message_sid, e.message_status, e.error_code) for e in events] == [
        ("SM025", MessageStatus.QUEUED, None),
        ("SM025", MessageStatus.SENT, None),
        ("SM025", MessageStatus.UNDELIVERED, "30008"),
    ]
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/misc/events")
    assert request.header("accept") in (None, "text/event-stream")
