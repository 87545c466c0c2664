"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class PageMeta(BaseModel):
    page: int
    page_size: int
    first_page_url: Optional[str] = None
    next_page_url: Optional[str] = None
    previous_page_url: Optional[str] = None
    key: Optional[str] = None
