"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Optional, Union

from typing_extensions import Required, TypedDict

from .._models import BaseModel, StrEnumValue


class Lizard(BaseModel):
    id: str
    name: str
    pet_type: Literal["lizard"] = "lizard"
    friends: Optional[list[_models.Pet]] = None
    """Recursive reference back to the union."""
    scales: Optional[StrEnumValue[_models.LizardScales]] = None


class LizardParam(TypedDict, total=False):
    """The plain-data form of :class:`Lizard`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["lizard"]]
    friends: Sequence[Union[_models.Pet, _models.CatParam, _models.DogParam, LizardParam]]
    """Recursive reference back to the union."""
    scales: Union[_models.LizardScales, str]


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
