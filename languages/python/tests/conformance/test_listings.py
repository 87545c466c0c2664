"""S41-S44: lists that page the ways real APIs do, found without x-pagination; S59: an item limit."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from conftest import BASIC, Kit, Request, Scenario


def _queries(requests: list[Request]) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(r.url).query) for r in requests]


def _authorized(requests: list[Request]) -> bool:
    return all(r.header("authorization") == BASIC for r in requests)


def test_s41_link_header(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S41")
    contacts = kit.items(kit.standard().listings.list_contacts(per_page=2))
    assert [c.id for c in contacts] == ["CT001", "CT002", "CT003", "CT004", "CT005"]
    requests = scenario.requests()
    assert [r.url for r in requests] == [
        "/v1/listings/contacts?per_page=2",
        "/v1/listings/contacts?per_page=2&page=2",
        "/v1/listings/contacts?per_page=2&page=3",
    ]
    assert _authorized(requests)


def test_s42_has_more_and_starting_after(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S42")
    charges = kit.items(kit.standard().listings.list_charges(limit=2))
    assert [c.id for c in charges] == ["ch_001", "ch_002", "ch_003", "ch_004", "ch_005"]
    requests = scenario.requests()
    assert _queries(requests) == [
        {"limit": ["2"]},
        {"limit": ["2"], "starting_after": ["ch_002"]},
        {"limit": ["2"], "starting_after": ["ch_004"]},
    ]
    assert _authorized(requests)


def test_s43_next_token_field(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S43")
    notes = kit.items(kit.standard().listings.list_notes(page_size=2))
    assert [n.id for n in notes] == ["NT001", "NT002", "NT003", "NT004", "NT005"]
    requests = scenario.requests()
    assert _queries(requests) == [
        {"page_size": ["2"]},
        {"page_size": ["2"], "page_token": ["tok-2"]},
        {"page_size": ["2"], "page_token": ["tok-3"]},
    ]
    assert _authorized(requests)


def test_s44_page_number_stops_on_a_short_page(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S44")
    tags = kit.items(kit.standard().listings.list_tags(per_page=2))
    assert [t.id for t in tags] == ["TG001", "TG002", "TG003", "TG004", "TG005"]
    requests = scenario.requests()
    assert _queries(requests) == [
        {"per_page": ["2"]},
        {"per_page": ["2"], "page": ["2"]},
        {"per_page": ["2"], "page": ["3"]},
    ]
    assert _authorized(requests)


def test_s59_item_limit_stops_fetching(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S59")
    charges = kit.items(kit.standard().listings.list_charges(limit=2, max_items=5))
    assert [c.id for c in charges] == ["ch_001", "ch_002", "ch_003", "ch_004", "ch_005"]
    assert len(scenario.requests()) == 3
    scenario.load("S59")
    charges = kit.items(kit.standard().listings.list_charges(limit=2, max_items=4))
    assert [c.id for c in charges] == ["ch_001", "ch_002", "ch_003", "ch_004"]
    requests = scenario.requests()
    assert _queries(requests) == [{"limit": ["2"]}, {"limit": ["2"], "starting_after": ["ch_002"]}]
    assert _authorized(requests)


def test_s59_item_limit_sets_the_page_size_when_the_call_does_not(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S59")
    charges = kit.items(kit.standard().listings.list_charges(max_items=3))
    assert [c.id for c in charges] == ["ch_001", "ch_002", "ch_003"]
    assert _queries(scenario.requests()) == [{"limit": ["3"]}, {"limit": ["3"], "starting_after": ["ch_002"]}]
    scenario.load("S59")
    charges = kit.items(kit.standard().listings.list_charges(max_items=500))
    assert len(charges) == 6
    assert [q["limit"] for q in _queries(scenario.requests())] == [["100"], ["100"], ["100"]]


def test_s59_item_limit_must_be_a_positive_int(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S59")
    listings = kit.standard().listings
    for bad, error in ((0, ValueError), (-1, ValueError), ("5", TypeError), (True, TypeError), (2.0, TypeError)):
        try:
            listings.list_charges(max_items=bad)
        except error as caught:
            assert "item limit must be a positive int" in str(caught)
        else:
            raise AssertionError(f"max_items={bad!r} was accepted")
    assert scenario.requests() == []
