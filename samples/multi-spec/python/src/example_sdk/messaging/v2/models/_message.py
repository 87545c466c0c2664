"""Models of the Example Messaging."""

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel, StrEnumValue


class Message(BaseModel):
    sid: str
    to: Optional[str] = None
    body: Optional[str] = None
    status: StrEnumValue[_models.Status]


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
