"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class OddNames(BaseModel):
    """Property names that are legal JSON but hard on every language."""

    l_: Optional[str] = Field(default=None, wire="l")
    """Lower-case L, ambiguous in Python."""
    o: Optional[str] = Field(default=None, wire="O")
    """Upper-case O, ambiguous in Python."""
    i: Optional[str] = Field(default=None, wire="I")
    """Upper-case I, ambiguous in Python."""
    line_separator: Optional[str] = Field(default=None, wire="line\u2028separator")
    """U+2028 in the name."""
    paragraph_separator: Optional[str] = Field(default=None, wire="paragraph\u2029separator")
    """U+2029 in the name."""
    n2fa: Optional[bool] = Field(default=None, wire="2fa")
    """Starts with a digit."""
    cafe: Optional[str] = Field(default=None, wire="café")
    """Non-ASCII letter."""
    evil: Optional[str] = Field(default=None, wire="\u202eevil")
    """A right-to-left override."""
    dollar: Optional[str] = Field(default=None, wire="$")
    """Only a symbol."""
    long: Optional[_models.VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
