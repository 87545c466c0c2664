"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class UpdatePaymentIntentRequest(BaseModel):
    description: Optional[str] = None
    payment_method_types: Optional[list[str]] = None
    labels: Optional[list[str]] = None
    metadata: Optional[dict[str, str]] = None
