"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field, Rfc2822DateTime


class CreateReminderRequest(BaseModel):
    remind_at: Rfc2822DateTime = Field(wire="RemindAt")
    note: Optional[str] = Field(default=None, wire="Note")
    repeat: Optional[_models.CreateReminderRequestRepeat] = Field(default=None, wire="Repeat")
    """Repeats the reminder; a nested input, given as a model or as plain data."""
    __wire_formats__ = {"RemindAt": "rfc2822", "Repeat": lambda: _models.CreateReminderRequestRepeat}


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
