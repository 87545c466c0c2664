"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import WrapValidator

from .._models import UnknownVariant, or_unknown
from ._organisation import Organisation
from ._person import Person

FetchPetOwnerResponse = Annotated[Union[Person, Organisation, UnknownVariant], WrapValidator(or_unknown)]
