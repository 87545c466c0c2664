"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import Discriminator, Tag, WrapValidator

from .._models import BaseModel, StrEnumValue, UnknownVariant, discriminate, or_unknown
from ._lizard_scales import LizardScales


class Cat(BaseModel):
    id: str
    name: str
    pet_type: Literal["cat"] = "cat"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    indoor: Optional[bool] = None
    lives_left: Optional[int] = None


class Dog(BaseModel):
    id: str
    name: str
    pet_type: Literal["dog"] = "dog"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    good_boy: bool
    breed: Optional[str] = None


class Lizard(BaseModel):
    id: str
    name: str
    pet_type: Literal["lizard"] = "lizard"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    scales: Optional[StrEnumValue[LizardScales]] = None


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
