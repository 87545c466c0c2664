"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._models import BaseModel, Field


class CreateMessageRequest(BaseModel):
    to: str = Field(wire="To")
    """Destination in E.164 form."""
    from_: Optional[str] = Field(default=None, wire="From")
    body: Optional[str] = Field(default=None, wire="Body")
    media_url: Optional[list[str]] = Field(default=None, wire="MediaUrl")
    validity_period: Optional[int] = Field(default=None, wire="ValidityPeriod")
    send_at: Optional[_dt.datetime] = Field(default=None, wire="SendAt")
    shorten_urls: Optional[bool] = Field(default=None, wire="ShortenUrls")
