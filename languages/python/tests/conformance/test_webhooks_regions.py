"""S54, S55, S57: webhook signatures checked against the official vectors; region and edge hosts and their refusals."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import B256, SID, TOKEN, Forwarding, Kit, Scenario
from kitchen_sink import webhooks
from kitchen_sink._webhooks import SignatureScheme, WebhookVerificationError, verify_signature

VECTORS = json.loads(
    (Path(os.environ.get("SWITCHBOARD_CONFORMANCE_DIR", "")) / "webhooks" / "vectors.json").read_text(encoding="utf-8")
)["cases"]


def _scheme(case: dict[str, Any]) -> SignatureScheme:
    s = case["scheme"]
    return SignatureScheme(
        s["scheme"], s["header"], s["algorithm"], s["encoding"], s["prefix"], s["signs"], s["toleranceSeconds"]
    )


def _valid(case: dict[str, Any]) -> bool:
    try:
        verify_signature(
            _scheme(case),
            secret=case["secret"],
            headers=case["headers"],
            body=case["body"].encode(),
            url=case["url"] or None,
            params=[(name, value) for name, value in case["params"]],
            now=case["now"],
        )
    except WebhookVerificationError:
        return False
    return True


def test_s54_vectors_cover_every_scheme_and_outcome() -> None:
    names = {case["name"].split(":")[0] for case in VECTORS}
    assert names == {"github", "stripe", "twilio"}
    assert {case["valid"] for case in VECTORS} == {True, False}


@pytest.mark.parametrize("case", VECTORS, ids=[case["name"] for case in VECTORS])
def test_s54_runtime_verifier_agrees_with_the_official_libraries(case: dict[str, Any]) -> None:
    assert _valid(case) is case["valid"]


class _MultiDict(dict[str, str]):
    """Like Werkzeug's MultiDict: a field's first value as an item, every value from getlist."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__(reversed(pairs))
        self._pairs = pairs

    def getlist(self, name: str) -> list[str]:
        return [value for key, value in self._pairs if key == name]


def test_s54_form_fields_from_a_multidict_keep_every_value() -> None:
    case = _case("twilio: repeated field, values sorted")
    pairs = [(name, value) for name, value in case["params"]]
    check = {"secret": case["secret"], "headers": case["headers"], "url": case["url"]}
    verify_signature(_scheme(case), params=_MultiDict(pairs), **check)
    verify_signature(
        _scheme(case), params={"Body": "hello", "MediaUrl": [v for k, v in pairs if k == "MediaUrl"]}, **check
    )
    with pytest.raises(WebhookVerificationError):
        verify_signature(_scheme(case), params=dict(pairs), **check)


def _case(name: str) -> dict[str, Any]:
    return next(case for case in VECTORS if case["name"] == name)


def test_s54_the_sdk_entry_point_uses_the_configured_scheme() -> None:
    case = _case("stripe: valid")
    headers = {"kitchensink-signature": case["headers"]["Stripe-Signature"]}
    webhooks.verify(secret=case["secret"], headers=headers, body=case["body"], now=case["now"])
    assert webhooks.is_valid(secret=case["secret"], headers=headers, body=case["body"], now=case["now"])
    assert not webhooks.is_valid(secret="whsec_other", headers=headers, body=case["body"], now=case["now"])
    assert not webhooks.is_valid(secret=case["secret"], headers=headers, body=case["body"] + " ", now=case["now"])
    with pytest.raises(WebhookVerificationError, match="older than 300 s"):
        webhooks.verify(secret=case["secret"], headers=headers, body=case["body"], now=case["now"] + 300)
    webhooks.verify(secret=case["secret"], headers=headers, body=case["body"], now=case["now"] + 300, tolerance=600)
    with pytest.raises(WebhookVerificationError, match="no KitchenSink-Signature header"):
        webhooks.verify(secret=case["secret"], headers=case["headers"], body=case["body"], now=case["now"])
    assert webhooks.SCHEME.header == "KitchenSink-Signature"


def _upload(kit: Kit, **settings: Any) -> list[str]:
    transport = Forwarding()
    client = kit.client(base_url=None, username=SID, password=TOKEN, http_client=transport, **settings)
    kit.run(client.recordings.upload(42, file=("greeting.wav", B256, "audio/wav")))
    return transport.urls


def test_s55_region_and_edge_move_the_media_host(
    kit: Kit, scenario: Scenario, clean_environment: pytest.MonkeyPatch
) -> None:
    scenario.load("S17")
    clean_environment.delenv("KITCHEN_SINK_MEDIA_REGION", raising=False)
    clean_environment.delenv("KITCHEN_SINK_MEDIA_EDGE", raising=False)
    path = "/v1/calls/42/recordings"
    assert _upload(kit) == [f"POST https://media.kitchensink.test{path}"]
    assert _upload(kit, media_region="ie1", media_edge="dublin") == [
        f"POST https://media.dublin.ie1.kitchensink.test{path}"
    ]
    assert _upload(kit, media_edge="sydney") == [f"POST https://media.sydney.us1.kitchensink.test{path}"]
    assert _upload(kit, media_region="au1") == [f"POST https://media.au1.kitchensink.test{path}"]
    clean_environment.setenv("KITCHEN_SINK_MEDIA_REGION", "ie1")
    clean_environment.setenv("KITCHEN_SINK_MEDIA_EDGE", "dublin")
    assert _upload(kit) == [f"POST https://media.dublin.ie1.kitchensink.test{path}"]
    assert _upload(kit, media_edge="frankfurt") == [f"POST https://media.frankfurt.ie1.kitchensink.test{path}"]
    # The API's own host has two labels in front of kitchensink.test: it does not match *.kitchensink.test.
    transport = Forwarding()
    client = kit.client(base_url=None, username=SID, password=TOKEN, http_client=transport)
    scenario.load("S29")
    assert kit.run(client.misc.get_health()) == "ok"
    assert transport.urls == ["GET https://us1.api.kitchensink.test/v1/health"]


HOSTILE = [
    "evil.test#",
    "evil.test/x",
    "user@evil.test",
    "evil.test:8080",
    ".",
    "-us1",
    "us1-",
    "a" * 64,
    "us 1",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_s57_a_region_or_edge_that_is_not_a_host_label_is_refused_before_any_request(
    kit: Kit, scenario: Scenario, clean_environment: pytest.MonkeyPatch, value: str
) -> None:
    scenario.load("S17")
    clean_environment.delenv("KITCHEN_SINK_MEDIA_REGION", raising=False)
    clean_environment.delenv("KITCHEN_SINK_MEDIA_EDGE", raising=False)
    transport = Forwarding()
    attempts: list[tuple[dict[str, str], dict[str, str], str]] = [
        ({"media_region": value}, {}, "media_region"),
        ({"media_edge": value}, {}, "media_edge"),
        ({}, {"KITCHEN_SINK_MEDIA_REGION": value}, "KITCHEN_SINK_MEDIA_REGION"),
        ({}, {"KITCHEN_SINK_MEDIA_EDGE": value}, "KITCHEN_SINK_MEDIA_EDGE"),
    ]
    for options, environment, source in attempts:
        for name, setting in environment.items():
            clean_environment.setenv(name, setting)
        with pytest.raises(ValueError, match=rf"^{source} .* host label"):
            client = kit.client(base_url=None, username=SID, password=TOKEN, http_client=transport, **options)
            kit.run(client.recordings.upload(42, file=("greeting.wav", B256, "audio/wav")))
        for name in environment:
            clean_environment.delenv(name)
    assert transport.urls == []
    assert scenario.requests() == []


@pytest.mark.parametrize("value", ["a" * 63, "xn--p1ai", "US-1"])
def test_s57_host_labels_are_accepted(kit: Kit, clean_environment: pytest.MonkeyPatch, value: str) -> None:
    clean_environment.delenv("KITCHEN_SINK_MEDIA_REGION", raising=False)
    clean_environment.setenv("KITCHEN_SINK_MEDIA_EDGE", value)
    client = kit.client(base_url=None, username=SID, password=TOKEN, media_region=value)
    assert (client._core.host_rewrite.region, client._core.host_rewrite.edge) == (value, value)
