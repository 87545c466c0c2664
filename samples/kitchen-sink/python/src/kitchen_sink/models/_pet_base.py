"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._cat import Pet


class PetBase(BaseModel):
    id: str
    name: str
    pet_type: str
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
