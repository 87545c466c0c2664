"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class CreateMessageRequest(BaseModel):
    to: str = Field(wire="To")
    """The recipient."""
    body: Optional[str] = Field(default=None, wire="Body")
    """The text."""
