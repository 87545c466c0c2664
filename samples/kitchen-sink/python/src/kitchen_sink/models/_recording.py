"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, IntEnumValue


class Recording(BaseModel):
    id: str
    duration_seconds: float
    channels: IntEnumValue[_models.RecordingChannels]
    label: Optional[str] = None
    checksum: Optional[str] = None
    """Base64-encoded SHA-256 of the media."""
    __wire_formats__ = {"duration_seconds": "float"}


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
