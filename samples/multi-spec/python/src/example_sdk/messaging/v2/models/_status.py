"""Models of the Example Messaging."""

from __future__ import annotations

from ...._models import StrEnum


class Status(StrEnum):
    """Where the message is on its way."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
