"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._models import BaseModel


class Reminder(BaseModel):
    sid: str
    remind_at: _dt.datetime
    date_created: Optional[_dt.datetime] = None
    note: Optional[str] = None
