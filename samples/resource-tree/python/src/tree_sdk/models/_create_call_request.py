"""Models of the Tree API."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel


class CreateCallRequest(BaseModel):
    to: str = Field(validation_alias="To", serialization_alias="To")
    from_: str = Field(validation_alias="From", serialization_alias="From")
