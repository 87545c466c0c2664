"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Message(BaseModel):
    sid: Optional[str] = None
    account_sid: Optional[str] = None
    to: Optional[str] = None
    body: Optional[str] = None
    status: Optional[str] = None
