"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from .._models import BaseModel


class PaymentIntentCreateShippingAddress(BaseModel):
    line1: Optional[str] = None
    city: Optional[str] = None


class PaymentIntentCreateShippingAddressParam(TypedDict, total=False):
    """The plain-data form of :class:`PaymentIntentCreateShippingAddress`: its properties by wire name."""

    line1: str
    city: str
