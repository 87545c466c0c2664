"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, IntEnumValue
from ._upload_recording_request_channels import UploadRecordingRequestChannels


class UploadRecordingRequest(BaseModel):
    file: bytes
    label: Optional[str] = None
    channels: Optional[IntEnumValue[UploadRecordingRequestChannels]] = None
    tags: Optional[list[str]] = None
