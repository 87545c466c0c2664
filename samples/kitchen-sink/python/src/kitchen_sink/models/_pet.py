"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag, WrapValidator

from .._models import UnknownVariant, discriminate, or_unknown
from ._cat import Cat
from ._dog import Dog
from ._lizard import Lizard

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
