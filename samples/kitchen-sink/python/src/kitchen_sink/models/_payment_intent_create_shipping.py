"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ._payment_intent_create_shipping_address import PaymentIntentCreateShippingAddress


class PaymentIntentCreateShipping(BaseModel):
    name: str
    address: Optional[PaymentIntentCreateShippingAddress] = None
