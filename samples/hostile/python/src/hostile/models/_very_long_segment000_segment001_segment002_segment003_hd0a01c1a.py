"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(BaseModel):
    """A schema name of 250 characters (file names are limited to 255 bytes)."""

    a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_h3d652694: Optional[str] = Field(
        default=None,
        wire="a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
    )
    """A long property name."""
    nested: Optional[_models.VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
