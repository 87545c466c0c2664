"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._models import BaseModel
from ._very_long_segment000_segment001_segment002_segment003_hd0a01c1a_nested import (
    VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested,
)


class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(BaseModel):
    """A schema name of 250 characters (file names are limited to 255 bytes)."""

    a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_h3d652694: Optional[str] = Field(
        default=None,
        validation_alias="a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
        serialization_alias="a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
    )
    """A long property name."""
    nested: Optional[VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested] = None
