"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class UpdateAccountRequest(BaseModel):
    friendly_name: Optional[str] = Field(default=None, wire="FriendlyName")
    status: Optional[StrEnumValue[_models.UpdateAccountRequestStatus]] = Field(default=None, wire="Status")
    status_callback: Optional[str] = Field(default=None, wire="StatusCallback")
    status_callback_event: Optional[list[str]] = Field(default=None, wire="StatusCallbackEvent")
    voice_enabled: Optional[bool] = Field(default=None, wire="VoiceEnabled")


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
