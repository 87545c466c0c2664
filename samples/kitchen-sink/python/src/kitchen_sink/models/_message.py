"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from pydantic import Field

from .._models import BaseModel, StrEnumValue
from ._message_direction import MessageDirection
from ._message_media_item import MessageMediaItem
from ._message_status import MessageStatus


class Message(BaseModel):
    sid: str
    account_sid: str
    to: Optional[str] = None
    from_: Optional[str] = Field(default=None, validation_alias="from", serialization_alias="from")
    """Keyword in Python."""
    body: str
    status: StrEnumValue[MessageStatus]
    direction: Optional[StrEnumValue[MessageDirection]] = None
    num_segments: int
    price: Optional[float]
    error_code: Optional[int] = None
    date_sent: Optional[_dt.datetime] = None
    media: Optional[list[MessageMediaItem]] = None
