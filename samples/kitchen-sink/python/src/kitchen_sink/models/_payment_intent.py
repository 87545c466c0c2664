"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel


class PaymentIntent(BaseModel):
    id: str
    amount: int
    currency: str
    status: str
