"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class Message(BaseModel):
    sid: str
    account_sid: str
    to: Optional[str] = None
    """Personal data, marked for any API; masked in a model's text."""
    from_: Optional[str] = Field(default=None, wire="from")
    """Keyword in Python."""
    body: str
    status: StrEnumValue[_models.MessageStatus]
    direction: Optional[StrEnumValue[_models.MessageDirection]] = None
    num_segments: int
    price: Optional[float]
    error_code: Optional[int] = None
    date_sent: Optional[_dt.datetime] = None
    media: Optional[list[_models.MessageMediaItem]] = None
    __wire_formats__ = {"price": "float"}
    __sensitive__ = ("to",)


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
