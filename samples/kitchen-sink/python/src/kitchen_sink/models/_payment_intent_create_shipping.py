"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Required, TypedDict

from .._models import BaseModel
from ._payment_intent_create_shipping_address import (
    PaymentIntentCreateShippingAddress,
    PaymentIntentCreateShippingAddressParam,
)


class PaymentIntentCreateShipping(BaseModel):
    name: str
    address: Optional[PaymentIntentCreateShippingAddress] = None


class PaymentIntentCreateShippingParam(TypedDict, total=False):
    """The plain-data form of :class:`PaymentIntentCreateShipping`: its properties by wire name."""

    name: Required[str]
    address: Union[PaymentIntentCreateShippingAddress, PaymentIntentCreateShippingAddressParam]
