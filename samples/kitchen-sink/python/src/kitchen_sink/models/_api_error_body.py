"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel


class ApiErrorBody(BaseModel):
    error: _models.ApiErrorDetail


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
