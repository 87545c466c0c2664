"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._contact import Contact


class ListNotesResponse(BaseModel):
    notes: list[Contact]
    next_page_token: Optional[str] = None
