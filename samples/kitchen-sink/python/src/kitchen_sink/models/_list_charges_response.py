"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Literal

from .._models import BaseModel


class ListChargesResponse(BaseModel):
    object: Literal["list"] = "list"
    data: list[_models.Contact]
    has_more: bool


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
