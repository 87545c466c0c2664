"""S40: a response that breaks its schema still decodes; one that is not JSON is an error."""

from __future__ import annotations

import datetime as dt

import pytest

import kitchen_sink
from conftest import BASIC, SID, Kit, Scenario
from kitchen_sink.models import Account, AccountStatus, AccountType

BROKEN = "AC00000000000000000000000000000040"


def test_s40_lenient_response(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S40")
    account = kit.run(kit.standard().accounts.fetch(SID))
    assert isinstance(account, Account)
    assert (account.sid, account.status, account.type) == (SID, AccountStatus.ACTIVE, AccountType.FULL)
    assert account.date_created == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert account.balance == "12.50"
    assert account.n2fa_enabled is None and account.subresource_uris is None
    assert account.model_mismatched == {
        "2fa_enabled": "maybe",
        "subresource_uris": [f"/v1/accounts/{SID}/messages"],
    }
    assert account.model_fields_set == {"sid", "status", "type", "date_created", "balance"}
    assert account.model_extra == {"region": "eu-west"}
    with pytest.raises(kitchen_sink.MissingFieldError) as missing:
        _ = account.friendly_name
    assert missing.value.field == "friendly_name"

    error = kit.raises(kitchen_sink.ResponseValidationError, lambda: kit.standard().accounts.fetch(BROKEN))
    assert error.status_code == 200 and error.body == b'{"sid": "AC000'

    requests = scenario.requests()
    assert [(r.method, r.url) for r in requests] == [("GET", f"/v1/accounts/{SID}"), ("GET", f"/v1/accounts/{BROKEN}")]
    assert all(r.header("authorization") == BASIC for r in requests)
