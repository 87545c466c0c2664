"""S20-S22: offset pagination, discriminated unions with an unknown variant, anyOf, recursion."""

from __future__ import annotations

import kitchen_sink
from conftest import Kit, Scenario
from kitchen_sink.models import Cat, Dog, Lizard, LizardScales, Organisation

PET_ID = "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10"


def test_s20_offset_pages_and_union_variants(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S20")
    pets = kit.items(kit.standard().pets.list(limit=2))
    assert [type(p) for p in pets] == [Cat, Dog, Lizard, kitchen_sink.UnknownVariant, Cat]
    tom, rex, liz, hammy, felix = pets
    assert (tom.name, tom.indoor, tom.lives_left) == ("Tom", True, 9)
    assert (rex.name, rex.good_boy, rex.breed) == ("Rex", True, None)
    assert (liz.name, liz.scales) == ("Liz", LizardScales.ROUGH)
    assert hammy.raw["pet_type"] == "hamster" and hammy.raw["cheeks"] == "full"
    assert felix.friends is not None and isinstance(felix.friends[0], Dog)
    assert (felix.friends[0].name, felix.friends[0].good_boy, felix.friends[0].breed) == ("Buddy", False, "beagle")
    assert [r.url for r in scenario.requests()] == [
        "/v1/pets?limit=2",
        "/v1/pets?offset=2&limit=2",
        "/v1/pets?offset=4&limit=2",
    ]


def test_s21_union_request_body(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S21")
    dog = Dog(id=PET_ID, name="Rex", good_boy=True, breed=None)
    created = kit.run(kit.standard().pets.create(dog))
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", "/v1/pets")
    assert request.media_type() == "application/json"
    assert request.body == (
        b'{"id":"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10","name":"Rex","pet_type":"dog","good_boy":true,"breed":null}'
    )
    assert isinstance(created, Dog)
    assert created == dog


def test_s22_any_of_with_recursion(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S22")
    owner = kit.run(kit.standard().pets.fetch_owner(PET_ID))
    assert isinstance(owner, Organisation)
    assert owner.legal_name == "Kitchen Sink Pets Ltd"
    assert owner.address is not None and owner.address.lines == ["1 Main Street", "Dublin"]
    assert owner.parent is not None and owner.parent.parent is not None
    assert owner.parent.parent.legal_name == "Kitchen Sink Group"
    assert owner.parent.parent.address is not None and owner.parent.parent.address.country == "NL"
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", f"/v1/pets/{PET_ID}/owner")
