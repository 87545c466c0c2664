"""Models of the Example Accounts."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from ...._models import BaseModel, StrEnumValue


class Account(BaseModel):
    id: str
    name: Optional[str] = None
    status: StrEnumValue[_models.Status]
    created_at: Optional[_dt.datetime] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
