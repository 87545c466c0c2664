"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class Person(BaseModel):
    given_name: str
    family_name: Optional[str] = None
    address: Optional[_models.Address] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
