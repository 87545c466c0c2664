"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from .._models import BaseModel, Field, StrEnumValue


class Call(BaseModel):
    id: int
    """Ids exceed 2^53; JavaScript numbers lose precision here."""
    status: StrEnumValue[_models.CallStatus]
    to: str
    from_: str = Field(wire="from")
    created_at: _dt.datetime
    answered_on: Optional[_dt.date] = None
    duration_seconds: Optional[int] = None
    recording: Optional[_models.Recording] = None
    """Present only when the call was recorded; null when recording failed."""
    metadata: Optional[dict[str, Any]] = None
    __wire_formats__ = {"recording": lambda: _models.Recording}


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
