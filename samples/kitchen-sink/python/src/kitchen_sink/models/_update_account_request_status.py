"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import StrEnum


class UpdateAccountRequestStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"
