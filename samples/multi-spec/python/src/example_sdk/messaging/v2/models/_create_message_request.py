"""Models of the Example Messaging."""

from __future__ import annotations

from pydantic import Field

from ...._models import BaseModel


class CreateMessageRequest(BaseModel):
    to: str = Field(validation_alias="To", serialization_alias="To")
    """The recipient."""
    body: str = Field(validation_alias="Body", serialization_alias="Body")
    """The text."""
