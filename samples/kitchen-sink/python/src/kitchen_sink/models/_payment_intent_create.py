"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._payment_intent_create_shipping import PaymentIntentCreateShipping


class PaymentIntentCreate(BaseModel):
    amount: int
    """Amount in the currency's smallest unit."""
    currency: str
    payment_method_types: Optional[list[str]] = None
    expand: Optional[list[str]] = None
    metadata: Optional[dict[str, str]] = None
    shipping: Optional[PaymentIntentCreateShipping] = None
