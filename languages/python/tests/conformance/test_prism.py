"""S28: every operation, called with example arguments, passes Prism's request validation."""

from __future__ import annotations

import datetime
import json
from typing import Any, Callable

import pytest

import kitchen_sink
from conftest import B256, PRISM, SID, Kit
from kitchen_sink.models import CallStatus, Dog, MessageStatus

PET_ID = "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10"
SENT = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
RESERVED: dict[str, Any] = {
    "class_": "v-class", "def_": "v-def", "from_": "v-from", "import_": "v-import", "package": "v-package",
    "func": "v-func", "type": "v-type", "interface": "v-interface", "default": "v-default", "async_": True,
    "await_": False, "yield_": 3, "self_": "v-self", "this": "v-this", "new": True, "delete": False,
    "none": "v-None", "nil": "v-nil", "null": "v-null", "true": True, "range": "v-range", "select": "v-select",
    "chan": "v-chan", "go": "v-go", "fn": "v-fn", "match": "v-match", "content_type": "v-content-type",
    "id": "v-@id", "schema": "v-$schema", "snake_case": "v-snake_case", "camel_case": "v-camelCase",
    "pascal_case": "v-PascalCase", "screaming_case": "v-SCREAMING_CASE", "with_space": "v-with space",
    "unicode": "v-ünïcödé",
}  # fmt: skip

# Each operation: (name, expected status, call on a client returning a value with .status_code).
OPERATIONS: list[tuple[str, int, Callable[[Any], Any]]] = [
    ("getHealth", 200, lambda c: c.misc.with_raw_response.get_health()),
    ("fetchAccount", 200, lambda c: c.accounts.with_raw_response.fetch(SID)),
    ("updateAccount", 200, lambda c: c.accounts.with_raw_response.update(
        SID, friendly_name="Ops Team", status="suspended",
        status_callback_event=["initiated", "ringing", "completed"], voice_enabled=False)),
    ("deleteAccount", 204, lambda c: c.accounts.with_raw_response.delete(SID)),
    ("listMessages", 200, lambda c: c.messages.list(
        SID, date_sent_after=SENT, status=MessageStatus.QUEUED, page_size=2).first_page()),
    ("createMessage", 201, lambda c: c.messages.with_raw_response.create(
        SID, to="+15551230001", body="Hello & welcome", idempotency_key="order-42",
        media_url=["https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png"])),
    ("fetchMessage", 200, lambda c: c.messages.with_raw_response.fetch(SID, "MM a/b?c")),
    ("listCalls", 200, lambda c: c.calls.list(
        limit=2, status=[CallStatus.QUEUED, CallStatus.RINGING], fields=["id", "status"]).first_page()),
    ("createCall", 201, lambda c: c.calls.with_raw_response.create(
        to="+15551230001", from_="+15559870000", correlation_id=42, caller_name=None)),
    ("fetchCall", 200, lambda c: c.calls.with_raw_response.fetch(1001)),
    ("uploadRecording", 201, lambda c: c.recordings.with_raw_response.upload(
        42, file=("greeting.wav", B256, "audio/wav"), label="greeting")),
    ("downloadRecordingMedia", 200, lambda c: c.recordings.download_media("RE0123")),
    ("replaceRecordingMedia", 204, lambda c: c.recordings.with_raw_response.replace_media("RE0123", B256)),
    ("listPets", 200, lambda c: c.pets.list(offset=0, limit=2).first_page()),
    ("fetchPetOwner", 200, lambda c: c.pets.with_raw_response.fetch_owner(PET_ID)),
    ("POST /misc/reserved-words", 200, lambda c: c.misc.with_raw_response.create_reserved_words(**RESERVED)),
    ("getUsageMaps", 200, lambda c: c.misc.with_raw_response.get_usage_maps()),
    ("streamEvents", 200, lambda c: c.misc.stream_events()),
]  # fmt: skip


def prism_client(kit: Kit, **credentials: str) -> Any:
    return kit.client(
        base_url=PRISM, **(credentials or {"username": SID, "password": "token-secret", "api_key": "key-123"})
    )


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(("operation", "status", "call"), OPERATIONS, ids=[op[0] for op in OPERATIONS])
def test_s28_operation_passes_prism_validation(
    kit: Kit, operation: str, status: int, call: Callable[[Any], Any]
) -> None:
    try:
        result = kit.run(call(prism_client(kit)))
    except kitchen_sink.APIStatusError as error:
        pytest.fail(f"{operation}: {error.status_code} {error.headers.get('sl-violations') or error.raw_body!r}")
    http_response = getattr(result, "http_response", None)
    assert http_response is not None
    assert result.status_code == status
    assert "sl-violations" not in http_response.headers
    close = getattr(result, "close", None)
    if close is not None:
        kit.run(close())


def test_s28_bearer_only_client(kit: Kit) -> None:
    raw = kit.run(prism_client(kit, token="bearer-token").accounts.with_raw_response.fetch(SID))
    assert raw.status_code == 200
    assert raw.http_response.request.headers["authorization"] == "Bearer bearer-token"


def test_s28_create_pet_is_rejected_only_for_the_one_of(kit: Kit) -> None:
    dog = Dog(id=PET_ID, name="Rex", good_boy=True, breed=None)
    error = kit.raises(kitchen_sink.UnprocessableEntityError, lambda: prism_client(kit).pets.create(dog))
    assert error.headers["content-type"].startswith("application/problem+json")
    validation = json.loads(error.raw_body)["validation"]
    assert [(v["location"], v["severity"], v["code"]) for v in validation] == [(["body"], "Error", "oneOf")]
