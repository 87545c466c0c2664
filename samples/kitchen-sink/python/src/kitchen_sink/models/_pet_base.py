"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class PetBase(BaseModel):
    id: str
    name: str
    pet_type: str
    friends: Optional[list[_models.Pet]] = None
    """Recursive reference back to the union."""


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
