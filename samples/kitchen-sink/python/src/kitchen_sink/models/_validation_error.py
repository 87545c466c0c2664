"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class ValidationError(BaseModel):
    code: int
    """Platform error code."""
    message: str
    more_info: Optional[str] = None
    status: Optional[int] = None
    fields: Optional[list[_models.ValidationErrorFieldsItem]] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
