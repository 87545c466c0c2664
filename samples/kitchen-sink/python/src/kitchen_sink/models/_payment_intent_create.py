"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class PaymentIntentCreate(BaseModel):
    amount: int
    """Amount in the currency's smallest unit."""
    currency: str
    payment_method_types: Optional[list[str]] = None
    expand: Optional[list[str]] = None
    metadata: Optional[dict[str, str]] = None
    shipping: Optional[_models.PaymentIntentCreateShipping] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
