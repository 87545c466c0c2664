"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Literal

from .._models import BaseModel
from ._contact import Contact


class ListChargesResponse(BaseModel):
    object: Literal["list"] = "list"
    data: list[Contact]
    has_more: bool
