"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested(BaseModel):
    inner: Optional[str] = None
