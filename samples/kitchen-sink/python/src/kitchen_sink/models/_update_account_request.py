"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel, StrEnumValue


class UpdateAccountRequest(BaseModel):
    friendly_name: Optional[str] = Field(
        default=None,
        validation_alias="FriendlyName",
        serialization_alias="FriendlyName",
    )
    status: Optional[StrEnumValue[_models.UpdateAccountRequestStatus]] = Field(
        default=None,
        validation_alias="Status",
        serialization_alias="Status",
    )
    status_callback: Optional[str] = Field(
        default=None,
        validation_alias="StatusCallback",
        serialization_alias="StatusCallback",
    )
    status_callback_event: Optional[list[str]] = Field(
        default=None,
        validation_alias="StatusCallbackEvent",
        serialization_alias="StatusCallbackEvent",
    )
    voice_enabled: Optional[bool] = Field(
        default=None,
        validation_alias="VoiceEnabled",
        serialization_alias="VoiceEnabled",
    )


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
