"""Models of the Tree API."""

from __future__ import annotations

from .._models import BaseModel, Field


class CreateCallRequest(BaseModel):
    to: str = Field(wire="To")
    from_: str = Field(wire="From")
