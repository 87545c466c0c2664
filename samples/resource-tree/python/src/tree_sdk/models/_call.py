"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Call(BaseModel):
    sid: Optional[str] = None
    status: Optional[str] = None
