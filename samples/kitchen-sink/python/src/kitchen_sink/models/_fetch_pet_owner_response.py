"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Annotated, Union

from .._models import OneOf, UnknownVariant
from ._organisation import Organisation
from ._person import Person

FetchPetOwnerResponse = Annotated[Union[Person, Organisation, UnknownVariant], OneOf()]
