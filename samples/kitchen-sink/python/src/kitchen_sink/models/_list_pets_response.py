"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel
from ._cat import Pet


class ListPetsResponse(BaseModel):
    pets: list[Pet]
    total: int
