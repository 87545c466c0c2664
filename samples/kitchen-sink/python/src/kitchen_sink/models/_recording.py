"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, IntEnumValue
from ._recording_channels import RecordingChannels


class Recording(BaseModel):
    id: str
    duration_seconds: float
    channels: IntEnumValue[RecordingChannels]
    label: Optional[str] = None
    checksum: Optional[str] = None
    """Base64-encoded SHA-256 of the media."""
