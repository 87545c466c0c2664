"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class UpdateCallRequest(BaseModel):
    status: Optional[StrEnumValue[_models.UpdateCallRequestStatus]] = Field(default=None, wire="Status")


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
