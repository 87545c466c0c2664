"""S60, S61: debug logging with credentials redacted, personal data masked in a model's text."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator

import pytest

from conftest import API_KEY, SID, TOKEN, Kit, Scenario
from kitchen_sink.models import Account, Message

EMAIL = "jenny.rosen@example.com"
PHONE = "+15551230001"


class Records(logging.Handler):
    """Keeps every record's text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def records() -> Iterator[Records]:
    logger = logging.getLogger("kitchen_sink")
    handler = Records()
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)


def test_s60_debug_log_shows_requests_and_never_credentials(kit: Kit, scenario: Scenario, records: Records) -> None:
    logging.getLogger("kitchen_sink").setLevel(logging.DEBUG)
    scenario.load("S60")
    client = kit.standard()
    account = kit.run(client.accounts.fetch(SID))
    media = kit.run(client.recordings.download_media("RE0123"))
    assert kit.run(media.read()) == b"RIFF"
    assert account.owner_email == EMAIL
    log = "\n".join(records.lines)
    for shown in ("GET", f"/v1/accounts/{SID}", "503", "200", "/v1/recordings/RE0123/media", "retrying", "***"):
        assert shown in log, (shown, log)
    basic = base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
    for secret in (TOKEN, basic, API_KEY, EMAIL):
        assert secret not in log, (secret, log)
    assert [r.url for r in scenario.requests()] == [f"/v1/accounts/{SID}"] * 2 + ["/v1/recordings/RE0123/media"]


def test_s60_nothing_is_logged_unless_debug_is_on(kit: Kit, scenario: Scenario, records: Records) -> None:
    scenario.load("S60")
    kit.run(kit.standard().accounts.fetch(SID))
    assert records.lines == []


def test_s61_personal_data_is_masked_in_a_models_text(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S60")
    client = kit.standard()
    account = kit.run(client.accounts.fetch(SID))
    assert isinstance(account, Account)
    assert account.owner_email == EMAIL
    for text in (repr(account), str(account)):
        assert "***" in text and "Kitchen Sink Ops" in text and EMAIL not in text, text
    message = kit.run(client.messages.create(SID, to=PHONE, body="hello"))
    assert isinstance(message, Message)
    assert message.to == PHONE
    for text in (repr(message), str(message)):
        assert "SM161" in text and PHONE not in text, text
    built = Message.model_validate(message.model_dump(by_alias=True))
    assert PHONE not in repr(built) and built.to == PHONE
