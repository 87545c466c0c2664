"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class PaymentIntentCreateShippingAddress(BaseModel):
    line1: Optional[str] = None
    city: Optional[str] = None
