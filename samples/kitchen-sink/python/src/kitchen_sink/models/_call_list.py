"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._call import Call


class CallList(BaseModel):
    data: list[Call]
    has_more: bool
    next_cursor: Optional[str] = None
