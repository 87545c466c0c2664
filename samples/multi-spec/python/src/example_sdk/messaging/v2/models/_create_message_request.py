"""Models of the Example Messaging."""

from __future__ import annotations

from ...._models import BaseModel, Field


class CreateMessageRequest(BaseModel):
    to: str = Field(wire="To")
    """The recipient."""
    body: str = Field(wire="Body")
    """The text."""
