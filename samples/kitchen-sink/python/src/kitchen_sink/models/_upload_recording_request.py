"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, IntEnumValue


class UploadRecordingRequest(BaseModel):
    file: bytes
    label: Optional[str] = None
    channels: Optional[IntEnumValue[_models.UploadRecordingRequestChannels]] = None
    tags: Optional[list[str]] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
