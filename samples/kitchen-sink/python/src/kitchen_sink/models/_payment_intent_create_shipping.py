"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Required, TypedDict

from .._models import BaseModel


class PaymentIntentCreateShipping(BaseModel):
    name: str
    address: Optional[_models.PaymentIntentCreateShippingAddress] = None


class PaymentIntentCreateShippingParam(TypedDict, total=False):
    """The plain-data form of :class:`PaymentIntentCreateShipping`: its properties by wire name."""

    name: Required[str]
    address: Union[_models.PaymentIntentCreateShippingAddress, _models.PaymentIntentCreateShippingAddressParam]


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
