"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class MessageMediaItem(BaseModel):
    url: str
    content_type: Optional[str] = None
