"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Optional, Union

from typing_extensions import Required, TypedDict

from .._models import BaseModel


class Cat(BaseModel):
    id: str
    name: str
    pet_type: Literal["cat"] = "cat"
    friends: Optional[list[_models.Pet]] = None
    """Recursive reference back to the union."""
    indoor: Optional[bool] = None
    lives_left: Optional[int] = None


class CatParam(TypedDict, total=False):
    """The plain-data form of :class:`Cat`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["cat"]]
    friends: Sequence[Union[_models.Pet, CatParam, _models.DogParam, _models.LizardParam]]
    """Recursive reference back to the union."""
    indoor: bool
    lives_left: int


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
