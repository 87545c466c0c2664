"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Any, Literal, Optional

from .._models import BaseModel


class Usage(BaseModel):
    kind: Literal["usage"] = "usage"
    counters: dict[str, int]
    by_category: Optional[dict[str, dict[str, float]]] = None
    raw: Any = None
    """Free-form JSON of any type."""
    labels: Optional[dict[str, Any]] = None
    empty: Optional[dict[str, Any]] = None
    __wire_formats__ = {"by_category": {"*": {"*": "float"}}}
