"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal, Optional, Union

from pydantic import Discriminator, Tag, WrapValidator
from typing_extensions import Required, TypedDict

from .._models import BaseModel, Deferred, StrEnumValue, UnknownVariant, discriminate, or_unknown


class Cat(BaseModel):
    id: str
    name: str
    pet_type: Literal["cat"] = "cat"
    friends: Optional[list[Deferred[Pet]]] = None
    """Recursive reference back to the union."""
    indoor: Optional[bool] = None
    lives_left: Optional[int] = None


class Dog(BaseModel):
    id: str
    name: str
    pet_type: Literal["dog"] = "dog"
    friends: Optional[list[Deferred[Pet]]] = None
    """Recursive reference back to the union."""
    good_boy: bool
    breed: Optional[str] = None


class Lizard(BaseModel):
    id: str
    name: str
    pet_type: Literal["lizard"] = "lizard"
    friends: Optional[list[Deferred[Pet]]] = None
    """Recursive reference back to the union."""
    scales: Optional[StrEnumValue[_models.LizardScales]] = None


Pet = Annotated[
    Union[
        Annotated[Cat, Tag("Cat")],
        Annotated[Dog, Tag("Dog")],
        Annotated[Lizard, Tag("Lizard")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    Discriminator(discriminate("pet_type", {"cat": "Cat", "dog": "Dog", "lizard": "Lizard"})),
    WrapValidator(or_unknown),
]


class CatParam(TypedDict, total=False):
    """The plain-data form of :class:`Cat`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["cat"]]
    friends: Sequence[Union[Pet, CatParam, DogParam, LizardParam]]
    """Recursive reference back to the union."""
    indoor: bool
    lives_left: int


class DogParam(TypedDict, total=False):
    """The plain-data form of :class:`Dog`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["dog"]]
    friends: Sequence[Union[Pet, CatParam, DogParam, LizardParam]]
    """Recursive reference back to the union."""
    good_boy: Required[bool]
    breed: Optional[str]


class LizardParam(TypedDict, total=False):
    """The plain-data form of :class:`Lizard`: its properties by wire name."""

    id: Required[str]
    name: Required[str]
    pet_type: Required[Literal["lizard"]]
    friends: Sequence[Union[Pet, CatParam, DogParam, LizardParam]]
    """Recursive reference back to the union."""
    scales: Union[_models.LizardScales, str]


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
