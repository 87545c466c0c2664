"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import StrEnum


class AccountType(StrEnum):
    TRIAL = "Trial"
    FULL = "Full"
