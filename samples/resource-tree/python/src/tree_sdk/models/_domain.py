"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Domain(BaseModel):
    sid: Optional[str] = None
    domain_name: Optional[str] = None
