"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Media(BaseModel):
    sid: Optional[str] = None
    content_type: Optional[str] = None
