"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel


class Contact(BaseModel):
    id: str
    name: str
