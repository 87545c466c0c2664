"""Models of the Example Accounts."""

from __future__ import annotations

from ...._models import StrEnum


class Status(StrEnum):
    """Whether the account can be used."""

    ACTIVE = "active"
    CLOSED = "closed"
