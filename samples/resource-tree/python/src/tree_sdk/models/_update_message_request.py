"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel


class UpdateMessageRequest(BaseModel):
    body: Optional[str] = Field(default=None, validation_alias="Body", serialization_alias="Body")
