"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import IntEnum


class UploadRecordingRequestChannels(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
