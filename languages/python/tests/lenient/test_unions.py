"""Lenient decoding inside unions: a variant that matches exactly wins; failing that, one whose
required fields are all present decodes leniently; otherwise the value is an UnknownVariant."""

from __future__ import annotations

from typing import Any

import pytest

from kitchen_sink import UnknownVariant
from kitchen_sink._models import decode
from kitchen_sink.models import Cat, FetchPetOwnerResponse, Organisation, Person, Pet


@pytest.mark.parametrize(
    ("body", "variant", "mismatched"),
    [
        (b'{"given_name":"Ann"}', Person, {}),
        (b'{"legal_name":"Acme","address":{"country":"IE"}}', Organisation, {}),
        (b'{"legal_name":5}', Organisation, {"legal_name": 5}),
        (b'{"nickname":"x"}', UnknownVariant, None),
    ],
)
def test_untagged_union_prefers_exact_then_complete_variants(body: bytes, variant: type, mismatched: Any) -> None:
    value = decode(FetchPetOwnerResponse, body)
    assert type(value) is variant
    assert getattr(value, "model_mismatched", None) == mismatched


def test_nested_mismatch_does_not_change_the_variant() -> None:
    value = decode(FetchPetOwnerResponse, b'{"legal_name":"Acme","address":{"country":5}}')
    assert isinstance(value, Organisation) and value.legal_name == "Acme"
    assert value.address is not None and value.address.model_mismatched == {"country": 5}


def test_tagged_union_variant_decodes_leniently() -> None:
    value = decode(Pet, b'{"pet_type":"cat","id":"c","name":5}')
    assert isinstance(value, Cat) and value.id == "c"
    assert value.model_mismatched == {"name": 5}
    assert isinstance(decode(Pet, b'{"pet_type":"cat","id":"c"}'), UnknownVariant)
