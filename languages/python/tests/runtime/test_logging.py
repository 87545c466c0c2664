"""The debug log's masking of URLs and headers (docs/plan.md, "Redaction")."""

from __future__ import annotations

import logging

import httpx
import pytest
import twilio_lookups_sdk

from kitchen_sink._logging import Redaction


def test_user_info_is_dropped_and_credential_query_parameters_masked() -> None:
    redaction = Redaction().with_names([], ["api_key"])
    url = redaction.url("https://user:secret@api.test/v1/x?api_key=k-1&page=2&api%5Fkey=k-2")
    assert url == "https://api.test/v1/x?api_key=***&page=2&api%5Fkey=***"


def test_credential_headers_are_masked_whatever_their_case() -> None:
    redaction = Redaction().with_names(["X-Session"], [])
    text = redaction.header_text(
        httpx.Headers({"Authorization": "Basic abc", "x-session": "s-1", "Cookie": "c=1", "Accept": "application/json"})
    )
    assert "abc" not in text and "s-1" not in text and "c=1" not in text
    assert "accept: application/json" in text and text.count("***") == 3


def test_personal_path_values_are_masked_only_where_the_call_s_template_puts_them() -> None:
    redaction = Redaction(path=("PhoneNumber",)).for_call("/v2/PhoneNumbers/{PhoneNumber}", {"PhoneNumber": "+1555 0"})
    assert redaction.url("https://user:pw@api.test/v2/PhoneNumbers/%2B1555%200?Fields=x") == (
        "https://api.test/v2/PhoneNumbers/***?Fields=x"
    )
    assert redaction.url("https://api.test/v2/Other/%2B1555%200") == "https://api.test/v2/Other/%2B1555%200"
    other = Redaction(path=("PhoneNumber",)).for_call("/v1/Calls/{Sid}.json", {"Sid": "CA1"})
    assert other.url("https://api.test/v1/Calls/CA1.json") == "https://api.test/v1/Calls/CA1.json"


def test_a_logged_lookup_masks_the_phone_number_the_request_carries(caplog: pytest.LogCaptureFixture) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(200, json={"phone_number": "+15551234567"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = twilio_lookups_sdk.Client(username="AC1", password="t", base_url="https://lookups.test", http_client=http)
    with caplog.at_level(logging.DEBUG, logger="twilio_lookups_sdk"):
        client.phone_numbers("+15551234567").fetch(fields="line_type_intelligence")
    assert sent == ["https://lookups.test/v2/PhoneNumbers/%2B15551234567?Fields=line_type_intelligence"]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET https://lookups.test/v2/PhoneNumbers/***?Fields=line_type_intelligence" in logged
    assert "15551234567" not in logged
