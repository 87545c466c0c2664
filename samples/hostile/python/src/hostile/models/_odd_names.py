"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel, Deferred


class OddNames(BaseModel):
    """Property names that are legal JSON but hard on every language."""

    l_: Optional[str] = Field(default=None, validation_alias="l", serialization_alias="l")
    """Lower-case L, ambiguous in Python."""
    o: Optional[str] = Field(default=None, validation_alias="O", serialization_alias="O")
    """Upper-case O, ambiguous in Python."""
    i: Optional[str] = Field(default=None, validation_alias="I", serialization_alias="I")
    """Upper-case I, ambiguous in Python."""
    line_separator: Optional[str] = Field(
        default=None,
        validation_alias="line\u2028separator",
        serialization_alias="line\u2028separator",
    )
    """U+2028 in the name."""
    paragraph_separator: Optional[str] = Field(
        default=None,
        validation_alias="paragraph\u2029separator",
        serialization_alias="paragraph\u2029separator",
    )
    """U+2029 in the name."""
    n2fa: Optional[bool] = Field(default=None, validation_alias="2fa", serialization_alias="2fa")
    """Starts with a digit."""
    cafe: Optional[str] = Field(default=None, validation_alias="café", serialization_alias="café")
    """Non-ASCII letter."""
    evil: Optional[str] = Field(default=None, validation_alias="\u202eevil", serialization_alias="\u202eevil")
    """A right-to-left override."""
    dollar: Optional[str] = Field(default=None, validation_alias="$", serialization_alias="$")
    """Only a symbol."""
    long: Optional[Deferred[_models.VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a]] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
