"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class FeedbackSummary(BaseModel):
    sid: Optional[str] = None
    call_count: Optional[int] = None
