"""The model layer itself: construction, coercion, unions, dumps, equality and errors (no server)."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import random
import sys

import pytest

import kitchen_sink
from kitchen_sink import models
from kitchen_sink._models import BaseModel, _schema, decode, to_json_value
from kitchen_sink.models import Call, CallStatus, Cat, Dog, Message, Pet, Recording

CALL = {"id": 7, "status": "completed", "to": "a", "from": "b", "created_at": "2026-01-02T03:04:05Z"}


def test_no_model_library_is_loaded() -> None:
    decode(Call, json.dumps(CALL))
    assert "pydantic" not in sys.modules


def test_built_in_code_checks_every_field_and_reports_each_location() -> None:
    with pytest.raises(kitchen_sink.ModelValidationError) as raised:
        Call.model_validate({"id": "seven", "status": "completed", "to": 5, "created_at": "yesterday"})
    errors = {error["loc"]: error["type"] for error in raised.value.errors()}
    assert errors == {
        ("id",): "int_type",
        ("to",): "string_type",
        ("created_at",): "datetime_type",
        ("from",): "missing",
    }
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, kitchen_sink.KitchenSinkError)
    assert "4 invalid values for Call" in str(raised.value)


def test_coercion_follows_what_json_apis_send() -> None:
    call = Call.model_validate(
        {**CALL, "id": "9007199254740993", "duration_seconds": 12.0, "answered_on": "2026-01-03"}
    )
    assert call.id == 9007199254740993 and call.duration_seconds == 12
    assert call.answered_on == datetime.date(2026, 1, 3)
    assert call.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    offset = Call.model_validate({**CALL, "created_at": "2026-01-02T03:04:05.25+02:00"}).created_at
    assert offset.utcoffset() == datetime.timedelta(hours=2) and offset.microsecond == 250000
    with pytest.raises(ValueError):
        Call.model_validate({**CALL, "duration_seconds": 1.5})
    with pytest.raises(ValueError):
        Call.model_validate({**CALL, "answered_on": "2026-02-30"})
    recording = Recording.model_validate({"id": "RE1", "duration_seconds": 3, "channels": 2})
    assert isinstance(recording.duration_seconds, float) and recording.duration_seconds == 3.0


def test_values_python_cannot_hold_are_mismatches_not_failures() -> None:
    call = decode(Call, json.dumps({**CALL, "duration_seconds": "9" * 5000, "created_at": 1e300}))
    assert call.model_mismatched == {"duration_seconds": "9" * 5000, "created_at": 1e300}
    assert call.duration_seconds is None and call.id == 7


def test_open_enums_keep_unknown_values_and_members_stay_members() -> None:
    assert Call.model_validate(CALL).status is CallStatus.COMPLETED
    assert Call.model_validate({**CALL, "status": "new-status"}).status == "new-status"


def test_tagged_unions_pick_by_discriminator_and_keep_unknown_kinds() -> None:
    pets = decode(
        list[Pet],
        '[{"id": "1", "name": "Tom", "pet_type": "cat"}, {"id": "2", "name": "Rex", "pet_type": "dog",'
        ' "good_boy": true}, {"id": "3", "pet_type": "parrot"}, {"id": "4", "name": "Bad", "pet_type": "dog"}]',
    )
    assert isinstance(pets[0], Cat) and isinstance(pets[1], Dog) and pets[1].good_boy is True
    assert pets[2] == kitchen_sink.UnknownVariant({"id": "3", "pet_type": "parrot"})
    # A dog without its required good_boy matches no variant exactly or completely.
    assert isinstance(pets[3], kitchen_sink.UnknownVariant)
    dog = Dog(id="2", name="Rex", good_boy=True, friends=[Cat(id="1", name="Tom")])
    assert dog.friends is not None and isinstance(dog.friends[0], Cat)


def test_dumps_by_name_or_wire_name_as_values_or_json() -> None:
    call = decode(Call, json.dumps({**CALL, "status": "ringing", "extra": [1]}))
    assert call.model_dump()["from_"] == "b" and call.model_dump()["status"] is CallStatus.RINGING
    assert call.model_dump()["created_at"] == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert call.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        **CALL,
        "status": "ringing",
        "extra": [1],
    }
    assert call.model_dump(exclude_none=True).keys() == {"id", "status", "to", "from_", "created_at", "extra"}
    assert json.loads(call.model_dump_json(by_alias=True))["answered_on"] is None
    assert call.model_dump_json(by_alias=True, exclude_unset=True).startswith('{"id":7,"status":"ringing"')


def test_equality_copies_and_assignment() -> None:
    first, second = Call.model_validate(CALL), Call.model_validate(dict(CALL))
    assert first == second and first != Call.model_validate({**CALL, "id": 8})
    assert first != CALL
    with pytest.raises(TypeError):
        hash(first)
    updated = first.model_copy(update={"duration_seconds": 30})
    assert updated.duration_seconds == 30 and "duration_seconds" in updated.model_fields_set
    assert first.duration_seconds is None and "duration_seconds" not in first.model_fields_set
    assert copy.deepcopy(first) == first and pickle.loads(pickle.dumps(first)) == first
    assert pickle.loads(pickle.dumps(first)).model_fields_set == first.model_fields_set
    first.to = "c"
    assert first.to == "c" and first != second


def test_unknown_properties_read_as_attributes_and_unset_required_fields_raise() -> None:
    call = decode(Call, json.dumps({"id": 7, "status": "x", "surprise": {"a": 1}}))
    assert call.model_extra == {"surprise": {"a": 1}}
    assert getattr(call, "surprise") == {"a": 1}  # noqa: B009 (not a declared field)
    with pytest.raises(kitchen_sink.MissingFieldError):
        _ = call.to
    with pytest.raises(AttributeError):
        _ = call.nothing_like_it  # type: ignore[attr-defined]
    assert dict(call)["id"] == 7


def test_repr_names_the_class_and_masks_personal_data() -> None:
    message = Message.model_validate(
        {
            "sid": "SM1",
            "account_sid": "AC1",
            "to": "+15558675310",
            "body": "hi",
            "status": "sent",
            "num_segments": "1",
            "price": None,
        }
    )
    assert repr(message).startswith("Message(sid='SM1', account_sid='AC1', to='***'")
    assert "+15558675310" not in str(message) and message.num_segments == 1


def _random_json(rng: random.Random, depth: int) -> object:
    kinds = ["null", "bool", "int", "float", "str", "date"] + (["list", "object"] if depth < 3 else [])
    kind = rng.choice(kinds)
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "object":
        return {rng.choice(["a", "id", "pet_type", "name"]): _random_json(rng, depth + 1) for _ in range(3)}
    values = {
        "null": None,
        "bool": rng.random() < 0.5,
        "int": rng.choice([0, 1, -5, 2**63, 10**30]),
        "float": rng.choice([0.5, -1e308, 1e300, 3.0]),
        "str": rng.choice(["", "x", "12", "true", "cat", "dog", "completed", "\u00e9\n", "9" * 50]),
        "date": rng.choice(["2026-01-02", "2026-01-02T03:04:05Z", "Thu, 24 Aug 2023 05:01:45 +0000", "2026-13-45"]),
    }
    return values[kind]


def test_any_json_object_decodes_into_every_model_and_writes_back() -> None:
    rng = random.Random(20261203)
    classes = [getattr(models, name) for name in models.__all__]
    classes = [kind for kind in classes if isinstance(kind, type) and issubclass(kind, BaseModel)]
    assert len(classes) > 30
    for kind in classes:
        wire = [field.wire for field in _schema(kind).fields]
        constants = {field.wire for field in _schema(kind).fields if field.constant}  # sent though not received
        for _ in range(40):
            body = {key: _random_json(rng, 0) for key in rng.sample(wire, k=rng.randint(0, len(wire)))}
            body[rng.choice(["extra", "pet_type"])] = _random_json(rng, 1)
            decoded = decode(kind, json.dumps(body))
            assert isinstance(decoded, kind)
            sent = to_json_value(decoded)
            assert set(sent) <= {*body, *constants} and json.dumps(decoded.model_dump(mode="json"))
            assert decoded.model_mismatched.keys() <= body.keys()
            assert to_json_value(decode(kind, json.dumps(sent))) == sent, (kind, body)  # what is sent reads back
