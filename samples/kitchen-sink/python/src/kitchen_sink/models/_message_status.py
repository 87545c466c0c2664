"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import StrEnum


class MessageStatus(StrEnum):
    """Servers may add new values at any time; SDKs must not fail on them."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    READ = "read"
