"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Optional, Union

from typing_extensions import Required, TypedDict

from .._models import BaseModel


class Dog(BaseModel):
    id: str
    name: str
    pet_type: Literal["dog"] = "dog"
    friends: Optional[list[_models.Pet]] = None
    """Recursive reference back to the union."""
    good_boy: bool
    breed: Optional[str] = None


class DogParam(TypedDict, total=False):
    """The plain-data form of :class:`Dog`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["dog"]]
    friends: Sequence[Union[_models.Pet, _models.CatParam, DogParam, _models.LizardParam]]
    """Recursive reference back to the union."""
    good_boy: Required[bool]
    breed: Optional[str]


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
