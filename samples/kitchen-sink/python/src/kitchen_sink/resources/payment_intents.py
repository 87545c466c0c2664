"""Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped in `error`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import PaymentIntent, PaymentIntentCreateShipping, PaymentIntentCreateShippingParam

__all__ = [
    "AsyncPaymentIntents",
    "AsyncPaymentIntentsWithRawResponse",
    "PaymentIntents",
    "PaymentIntentsWithRawResponse",
]

_CREATE_PAYMENT_INTENT = Endpoint(
    method="POST",
    path="/payment_intents",
    response_type=lambda: _models.PaymentIntent,
    accept="application/json",
    errors={"402": lambda: _models.ApiErrorBody, "503": lambda: _models.Error},
    error_fields={"402": (("error", "code"), ("error", "message")), "503": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    body="form",
    body_required=True,
    form_styles={"payment_method_types": "deep", "expand": "deep", "metadata": "deep", "shipping": "deep"},
    idempotency_header="Idempotency-Key",
)

_UPDATE_PAYMENT_INTENT = Endpoint(
    method="POST",
    path="/payment_intents/{intent}",
    response_type=lambda: _models.PaymentIntent,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    body="form",
    form_styles={"payment_method_types": "csv", "labels": "pipes", "metadata": "form"},
    idempotency_header="Idempotency-Key",
)


class PaymentIntents:
    """Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped in `error`."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> PaymentIntentsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return PaymentIntentsWithRawResponse(self)

    def create(
        self,
        *,
        amount: int,
        currency: str,
        payment_method_types: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        expand: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        metadata: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        shipping: Union[PaymentIntentCreateShipping, PaymentIntentCreateShippingParam, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PaymentIntent:
        """Create a payment intent; arrays and objects in the form use deepObject brackets.

        Args:
            amount: Amount in the currency's smallest unit.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "PaymentIntent",
            self._core.request(
                _CREATE_PAYMENT_INTENT,
                Params(
                    fields={
                        "amount": amount,
                        "currency": currency,
                        "payment_method_types": payment_method_types,
                        "expand": expand,
                        "metadata": metadata,
                        "shipping": shipping,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    def update(
        self,
        intent: str,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        payment_method_types: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        labels: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        metadata: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PaymentIntent:
        """Update a payment intent; each structured field has its own explicit encoding.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "PaymentIntent",
            self._core.request(
                _UPDATE_PAYMENT_INTENT,
                Params(
                    path={"intent": intent},
                    fields={
                        "description": description,
                        "payment_method_types": payment_method_types,
                        "labels": labels,
                        "metadata": metadata,
                    },
                ),
                request_options,
                self._raw,
            ),
        )


class AsyncPaymentIntents:
    """Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped in `error`."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncPaymentIntentsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncPaymentIntentsWithRawResponse(self)

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        payment_method_types: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        expand: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        metadata: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        shipping: Union[PaymentIntentCreateShipping, PaymentIntentCreateShippingParam, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PaymentIntent:
        """Create a payment intent; arrays and objects in the form use deepObject brackets.

        Args:
            amount: Amount in the currency's smallest unit.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "PaymentIntent",
            await self._core.request(
                _CREATE_PAYMENT_INTENT,
                Params(
                    fields={
                        "amount": amount,
                        "currency": currency,
                        "payment_method_types": payment_method_types,
                        "expand": expand,
                        "metadata": metadata,
                        "shipping": shipping,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    async def update(
        self,
        intent: str,
        *,
        description: Union[str, NotGiven] = NOT_GIVEN,
        payment_method_types: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        labels: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        metadata: Union[Mapping[str, str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> PaymentIntent:
        """Update a payment intent; each structured field has its own explicit encoding.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "PaymentIntent",
            await self._core.request(
                _UPDATE_PAYMENT_INTENT,
                Params(
                    path={"intent": intent},
                    fields={
                        "description": description,
                        "payment_method_types": payment_method_types,
                        "labels": labels,
                        "metadata": metadata,
                    },
                ),
                request_options,
                self._raw,
            ),
        )


class PaymentIntentsWithRawResponse:
    """The methods of :class:`PaymentIntents` that return a :class:`RawResponse`."""

    def __init__(self, resource: PaymentIntents) -> None:
        raw = PaymentIntents(resource._core, raw=True)
        self.create = raw_method(raw.create)
        self.update = raw_method(raw.update)


class AsyncPaymentIntentsWithRawResponse:
    """The methods of :class:`AsyncPaymentIntents` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncPaymentIntents) -> None:
        raw = AsyncPaymentIntents(resource._core, raw=True)
        self.create = async_raw_method(raw.create)
        self.update = async_raw_method(raw.update)
