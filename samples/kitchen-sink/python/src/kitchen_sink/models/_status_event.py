"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel, StrEnumValue


class StatusEvent(BaseModel):
    message_sid: str = Field(validation_alias="MessageSid", serialization_alias="MessageSid")
    message_status: StrEnumValue[_models.MessageStatus] = Field(
        validation_alias="MessageStatus",
        serialization_alias="MessageStatus",
    )
    error_code: Optional[str] = Field(default=None, validation_alias="ErrorCode", serialization_alias="ErrorCode")


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
