"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._models import BaseModel, Field, StrEnumValue


class Account(BaseModel):
    sid: str
    friendly_name: str
    status: StrEnumValue[_models.AccountStatus]
    type: Optional[StrEnumValue[_models.AccountType]] = None
    date_created: _dt.datetime
    date_updated: Optional[_dt.datetime] = None
    balance: Optional[str] = None
    """Decimal amount kept as a string to avoid rounding."""
    owner_email: Optional[str] = None
    """Deprecated. Personal data, as Twilio marks it; masked in a model's text."""
    n2fa_enabled: Optional[bool] = Field(default=None, wire="2fa_enabled")
    """Name starts with a digit."""
    subresource_uris: Optional[dict[str, str]] = None
    """Map of subresource name to URI."""
    __sensitive__ = ("owner_email",)


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
