"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from pydantic import Field

from .._models import BaseModel


class CreateReminderRequest(BaseModel):
    remind_at: _dt.datetime = Field(validation_alias="RemindAt", serialization_alias="RemindAt")
    note: Optional[str] = Field(default=None, validation_alias="Note", serialization_alias="Note")
