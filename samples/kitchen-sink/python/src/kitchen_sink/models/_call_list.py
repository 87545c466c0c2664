"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class CallList(BaseModel):
    data: list[_models.Call]
    has_more: bool
    next_cursor: Optional[str] = None
    __wire_formats__ = {"data": lambda: _models.Call}


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
