"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Balance(BaseModel):
    balance: Optional[str] = None
    currency: Optional[str] = None
