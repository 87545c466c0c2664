"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class UpdateMessageRequest(BaseModel):
    body: Optional[str] = Field(default=None, wire="Body")
