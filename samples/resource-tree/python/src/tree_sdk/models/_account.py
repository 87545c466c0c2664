"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Account(BaseModel):
    sid: Optional[str] = None
    friendly_name: Optional[str] = None
