"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import StrEnum


class MessageDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"
