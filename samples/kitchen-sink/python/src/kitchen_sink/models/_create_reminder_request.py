"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel, Rfc2822DateTime


class CreateReminderRequest(BaseModel):
    remind_at: Rfc2822DateTime = Field(validation_alias="RemindAt", serialization_alias="RemindAt")
    note: Optional[str] = Field(default=None, validation_alias="Note", serialization_alias="Note")
