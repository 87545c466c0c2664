"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class Thing(BaseModel):
    """\"Starts with a quote and ends with one\""""

    name: Optional[str] = None
    """Trailing backslash \\"""
    kind: Optional[StrEnumValue[_models.ThingKind]] = None
    """Tab    here and CR
    then \"\"\"\"\"\" six quotes
    """
    x_y: Optional[str] = Field(default=None, wire='x"y')
    """A property whose name has a quote."""


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
