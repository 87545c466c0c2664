"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from pydantic import Field

from .._models import BaseModel


class CreateMessageRequest(BaseModel):
    to: str = Field(validation_alias="To", serialization_alias="To")
    """Destination in E.164 form."""
    from_: Optional[str] = Field(default=None, validation_alias="From", serialization_alias="From")
    body: Optional[str] = Field(default=None, validation_alias="Body", serialization_alias="Body")
    media_url: Optional[list[str]] = Field(default=None, validation_alias="MediaUrl", serialization_alias="MediaUrl")
    validity_period: Optional[int] = Field(
        default=None,
        validation_alias="ValidityPeriod",
        serialization_alias="ValidityPeriod",
    )
    send_at: Optional[_dt.datetime] = Field(default=None, validation_alias="SendAt", serialization_alias="SendAt")
    shorten_urls: Optional[bool] = Field(
        default=None,
        validation_alias="ShortenUrls",
        serialization_alias="ShortenUrls",
    )
