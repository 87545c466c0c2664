"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from typing_extensions import TypedDict

from .._models import BaseModel, Field, Rfc2822DateTime


class CreateReminderRequestRepeat(BaseModel):
    """Repeats the reminder; a nested input, given as a model or as plain data."""

    until: Optional[Rfc2822DateTime] = Field(default=None, wire="Until")
    every_hours: Optional[float] = Field(default=None, wire="EveryHours")
    __wire_formats__ = {"Until": "rfc2822", "EveryHours": "float"}


class CreateReminderRequestRepeatParam(TypedDict, total=False):
    """The plain-data form of :class:`CreateReminderRequestRepeat`: its properties by wire name."""

    Until: _dt.datetime
    EveryHours: float
