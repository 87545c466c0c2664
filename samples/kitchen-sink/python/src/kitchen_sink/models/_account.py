"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from pydantic import Field

from .._models import BaseModel, StrEnumValue
from ._account_status import AccountStatus
from ._account_type import AccountType


class Account(BaseModel):
    sid: str
    friendly_name: str
    status: StrEnumValue[AccountStatus]
    type: Optional[StrEnumValue[AccountType]] = None
    date_created: _dt.datetime
    date_updated: Optional[_dt.datetime] = None
    balance: Optional[str] = None
    """Decimal amount kept as a string to avoid rounding."""
    owner_email: Optional[str] = None
    """Deprecated."""
    n2fa_enabled: Optional[bool] = Field(
        default=None,
        validation_alias="2fa_enabled",
        serialization_alias="2fa_enabled",
    )
    """Name starts with a digit."""
    subresource_uris: Optional[dict[str, str]] = None
    """Map of subresource name to URI."""
