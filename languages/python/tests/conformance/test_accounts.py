"""S01-S05, S58: plain calls, authentication, typed errors, form bodies, deprecation, required groups."""

from __future__ import annotations

import warnings

import kitchen_sink
from conftest import BASIC, SID, Kit, Scenario
from kitchen_sink.models import Account, AccountStatus, Error


def test_s01_health_needs_no_credentials(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S01")
    assert kit.run(kit.standard().misc.get_health()) == "ok"
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/health")
    assert request.header("authorization") is None
    assert request.body == b""


def test_s02_fetch_account_with_raw_response(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S02")
    raw = kit.run(kit.standard().accounts.with_raw_response.fetch(SID))
    assert raw.status_code == 200
    assert raw.headers["X-RateLimit-Remaining"] == "7"
    account = raw.data
    assert isinstance(account, Account)
    assert account.sid == SID
    assert account.friendly_name == "Kitchen Sink Ops"
    assert account.status == AccountStatus.ACTIVE
    assert account.n2fa_enabled is True
    assert account.date_updated is None and "date_updated" in account.model_fields_set
    assert account.balance == "12.50"
    assert account.subresource_uris == {"messages": f"/v1/accounts/{SID}/messages"}
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", f"/v1/accounts/{SID}")
    assert request.header("authorization") == BASIC


def test_s03_not_found_error(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S03")
    missing = "AC00000000000000000000000000000404"
    error = kit.raises(kitchen_sink.NotFoundError, lambda: kit.standard().accounts.fetch(missing))
    assert isinstance(error, kitchen_sink.APIStatusError) and isinstance(error, kitchen_sink.KitchenSinkError)
    assert error.status_code == 404
    assert isinstance(error.body, Error)
    assert error.body.code == 20404
    assert error.body.message == f"The requested resource /v1/accounts/{missing} was not found"
    assert (error.body.more_info, error.body.status) == ("https://www.kitchensink.test/docs/errors/20404", 404)
    assert error.raw_body == (
        b'{"code":20404,"message":"The requested resource /v1/accounts/AC00000000000000000000000000000404'
        b' was not found","more_info":"https://www.kitchensink.test/docs/errors/20404","status":404}'
    )
    assert error.body.message in str(error)
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", f"/v1/accounts/{missing}")
    assert request.header("authorization") == BASIC


def test_s04_update_account_form_body(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S04")
    account = kit.run(
        kit.standard().accounts.update(
            SID,
            friendly_name="Ops Team",
            status="suspended",
            status_callback_event=["initiated", "ringing", "completed"],
            voice_enabled=False,
        )
    )
    form = (
        b"FriendlyName=Ops+Team&Status=suspended&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing"
        b"&StatusCallbackEvent=completed&VoiceEnabled=false"
    )
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", f"/v1/accounts/{SID}")
    assert request.header("authorization") == BASIC
    assert request.media_type() == "application/x-www-form-urlencoded"
    assert request.body == form
    assert account.friendly_name == "Ops Team"
    assert account.status == "suspended"
    assert account.subresource_uris == {"form": form.decode()}


def test_s05_delete_account_is_deprecated(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S05")
    client = kit.standard()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert kit.run(client.accounts.delete(SID)) is True
    assert [w.category for w in caught] == [DeprecationWarning]
    assert hasattr(type(client.accounts).delete, "__deprecated__")
    request = scenario.only_request()
    assert (request.method, request.url, request.body) == ("DELETE", f"/v1/accounts/{SID}", b"")
    assert request.header("authorization") == BASIC


def test_s58_a_call_missing_a_whole_group_is_refused_before_sending(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S04")
    client = kit.standard()
    error = kit.raises(ValueError, lambda: client.accounts.update(SID, voice_enabled=True))
    assert str(error) == "give at least one of friendly_name, status"
    assert scenario.requests() == []
    account = kit.run(client.accounts.update(SID, status="closed"))
    assert account.status == "closed"
    request = scenario.only_request()
    assert (request.method, request.url, request.body) == ("POST", f"/v1/accounts/{SID}", b"Status=closed")
