"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel


class CreateMessageRequest(BaseModel):
    to: str = Field(validation_alias="To", serialization_alias="To")
    """The recipient."""
    body: Optional[str] = Field(default=None, validation_alias="Body", serialization_alias="Body")
    """The text."""
