"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._address import Address


class Person(BaseModel):
    given_name: str
    family_name: Optional[str] = None
    address: Optional[Address] = None
