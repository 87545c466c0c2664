"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Rfc2822DateTime


class Reminder(BaseModel):
    sid: str
    remind_at: Rfc2822DateTime
    date_created: Optional[Rfc2822DateTime] = None
    note: Optional[str] = None
    __wire_formats__ = {"remind_at": "rfc2822", "date_created": "rfc2822"}
