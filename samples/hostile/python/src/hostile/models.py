"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from ._models import BaseModel, StrEnum, StrEnumValue


class ThingKind(StrEnum):
    """Tab    here and CR
    then \"\"\"\"\"\" six quotes
    """

    A_B = 'a"b'
    C_D = "c'd"
    E_F = "e\\f"
    EMPTY = '"""'
    G_H = "g h"


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
    long: Optional[VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a] = None


class Thing(BaseModel):
    """\"Starts with a quote and ends with one\""""

    name: Optional[str] = None
    """Trailing backslash \\"""
    kind: Optional[StrEnumValue[ThingKind]] = None
    """Tab    here and CR
    then \"\"\"\"\"\" six quotes
    """
    x_y: Optional[str] = Field(default=None, validation_alias='x"y', serialization_alias='x"y')
    """A property whose name has a quote."""


class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(BaseModel):
    """A schema name of 250 characters (file names are limited to 255 bytes)."""

    a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_h3d652694: Optional[str] = Field(
        default=None,
        validation_alias="a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
        serialization_alias="a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
    )
    """A long property name."""
    nested: Optional[VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested] = None


class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested(BaseModel):
    inner: Optional[str] = None
