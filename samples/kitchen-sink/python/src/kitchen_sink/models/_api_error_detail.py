"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class ApiErrorDetail(BaseModel):
    type: str
    code: Optional[str] = None
    decline_code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
