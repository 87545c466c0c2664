"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Annotated, Union

from .._models import OneOf, UnknownVariant
from ._cat import Cat
from ._dog import Dog
from ._lizard import Lizard

Pet = Annotated[
    Union[Cat, Dog, Lizard, UnknownVariant],
    OneOf("pet_type", {"cat": "Cat", "dog": "Dog", "lizard": "Lizard"}),
]
