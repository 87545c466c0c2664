"""Models of the Tree API."""

from __future__ import annotations

from .._models import StrEnum


class UpdateCallRequestStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"
