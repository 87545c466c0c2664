"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._address import Address


class Organisation(BaseModel):
    legal_name: str
    address: Optional[Address] = None
    parent: Optional[Organisation] = None
    """Recursive reference."""
