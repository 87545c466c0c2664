"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Organisation(BaseModel):
    legal_name: str
    address: Optional[_models.Address] = None
    parent: Optional[Organisation] = None
    """Recursive reference."""


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
