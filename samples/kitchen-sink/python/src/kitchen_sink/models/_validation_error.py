"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._validation_error_fields_item import ValidationErrorFieldsItem


class ValidationError(BaseModel):
    code: int
    """Platform error code."""
    message: str
    more_info: Optional[str] = None
    status: Optional[int] = None
    fields: Optional[list[ValidationErrorFieldsItem]] = None
