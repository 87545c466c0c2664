"""S51: RFC 2822 date-times (Twilio's format); S53: a path parameter taken from a client option or the credentials."""

from __future__ import annotations

import base64
import datetime
from urllib.parse import parse_qs, urlsplit

import pytest

import kitchen_sink
from conftest import BASIC, SID, Kit, Scenario
from kitchen_sink.models import Reminder

UTC = datetime.timezone.utc
KEY_SID = "SK0123456789abcdef0123456789abcdef"
KEY_SECRET = "key-secret"
KEY_BASIC = "Basic " + base64.b64encode(f"{KEY_SID}:{KEY_SECRET}".encode()).decode()


def test_s51_rfc_2822_date_times(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S51")
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    reminder = kit.run(
        kit.standard().reminders.create(
            account_sid=SID,
            remind_at=datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC),
            not_before=datetime.datetime(2023, 8, 24, 7, 1, 45, tzinfo=plus_two),
            note="call back",
        )
    )
    assert isinstance(reminder, Reminder)
    assert reminder.remind_at == datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    assert reminder.date_created == datetime.datetime(2024, 1, 4, 10, 0, 0, tzinfo=UTC)
    # Python: the python-mode dump keeps datetimes; JSON dumps write the API's RFC 2822 text.
    assert reminder.model_dump()["remind_at"] == datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    assert reminder.model_dump(mode="json")["remind_at"] == "Thu, 24 Aug 2023 05:01:45 +0000"
    request = scenario.only_request()
    assert (request.method, request.path) == ("POST", f"/v1/accounts/{SID}/reminders")
    assert parse_qs(urlsplit(request.url).query) == {"NotBefore": ["Thu, 24 Aug 2023 07:01:45 +0200"]}
    assert request.body == b"RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back"


def test_s53_account_sid_defaults_to_the_user_name(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S53")
    at = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    reminder = kit.run(kit.standard().reminders.create(remind_at=at))
    assert reminder.sid == "RM053"
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", f"/v1/accounts/{SID}/reminders")
    assert request.header("authorization") == BASIC
    assert request.body == b"RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000"


def test_s53_the_account_sid_option_goes_before_the_user_name(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S53")
    client = kit.client(username=KEY_SID, password=KEY_SECRET, account_sid=SID)
    at = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    reminder = kit.run(client.reminders.create(remind_at=at))
    assert reminder.sid == "RM053"
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", f"/v1/accounts/{SID}/reminders")
    assert request.header("authorization") == KEY_BASIC


def test_s53_without_a_user_name_the_call_fails_before_sending(
    kit: Kit, scenario: Scenario, clean_environment: pytest.MonkeyPatch
) -> None:
    scenario.load("S53")
    client = kit.client(token="bearer-token")
    at = datetime.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    error = kit.raises(kitchen_sink.MissingCredentialsError, lambda: client.reminders.create(remind_at=at))
    assert "AccountSid" in str(error) and "KITCHEN_SINK_USERNAME" in str(error)
    assert scenario.requests() == []
