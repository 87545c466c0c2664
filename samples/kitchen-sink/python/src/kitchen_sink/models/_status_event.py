"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class StatusEvent(BaseModel):
    message_sid: str = Field(wire="MessageSid")
    message_status: StrEnumValue[_models.MessageStatus] = Field(wire="MessageStatus")
    error_code: Optional[str] = Field(default=None, wire="ErrorCode")


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
