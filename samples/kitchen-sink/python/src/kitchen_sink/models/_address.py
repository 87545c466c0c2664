"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Address(BaseModel):
    lines: Optional[list[str]] = None
    country: Optional[str] = None
