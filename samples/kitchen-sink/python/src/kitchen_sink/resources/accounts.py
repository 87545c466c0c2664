"""Accounts and their settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union, cast

from typing_extensions import deprecated

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions, require_one_of

if TYPE_CHECKING:
    from ..models import Account, UpdateAccountRequestStatus

__all__ = ["Accounts", "AccountsWithRawResponse", "AsyncAccounts", "AsyncAccountsWithRawResponse"]

_FETCH_ACCOUNT = Endpoint(
    method="GET",
    path="/accounts/{accountSid}",
    response_type=lambda: _models.Account,
    accept="application/json",
    errors={"404": lambda: _models.Error, "default": lambda: _models.Error},
    error_fields={"404": (("code",), ("message",)), "default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
)

_UPDATE_ACCOUNT = Endpoint(
    method="POST",
    path="/accounts/{accountSid}",
    response_type=lambda: _models.Account,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    body="form",
    body_required=True,
    form_styles={"StatusCallbackEvent": "form"},
    idempotency_header="Idempotency-Key",
)

_DELETE_ACCOUNT = Endpoint(
    method="DELETE",
    path="/accounts/{accountSid}",
    response="deleted",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
)


class Accounts:
    """Accounts and their settings."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AccountsWithRawResponse(self)

    def fetch(
        self,
        account_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetch one account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Account",
            self._core.request(_FETCH_ACCOUNT, Params(path={"accountSid": account_sid}), request_options, self._raw),
        )

    def update(
        self,
        account_sid: str,
        *,
        friendly_name: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[UpdateAccountRequestStatus, str, NotGiven] = NOT_GIVEN,
        status_callback: Union[str, NotGiven] = NOT_GIVEN,
        status_callback_event: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        voice_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Update an account (form-encoded, Twilio style).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        require_one_of("friendly_name, status", friendly_name, status)
        return cast(
            "Account",
            self._core.request(
                _UPDATE_ACCOUNT,
                Params(
                    path={"accountSid": account_sid},
                    fields={
                        "FriendlyName": friendly_name,
                        "Status": status,
                        "StatusCallback": status_callback,
                        "StatusCallbackEvent": status_callback_event,
                        "VoiceEnabled": voice_enabled,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    @deprecated("delete is deprecated by the API.")
    def delete(
        self,
        account_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Close an account.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            self._core.request(_DELETE_ACCOUNT, Params(path={"accountSid": account_sid}), request_options, self._raw),
        )


class AsyncAccounts:
    """Accounts and their settings."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncAccountsWithRawResponse(self)

    async def fetch(
        self,
        account_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetch one account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Account",
            await self._core.request(
                _FETCH_ACCOUNT,
                Params(path={"accountSid": account_sid}),
                request_options,
                self._raw,
            ),
        )

    async def update(
        self,
        account_sid: str,
        *,
        friendly_name: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[UpdateAccountRequestStatus, str, NotGiven] = NOT_GIVEN,
        status_callback: Union[str, NotGiven] = NOT_GIVEN,
        status_callback_event: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        voice_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Update an account (form-encoded, Twilio style).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        require_one_of("friendly_name, status", friendly_name, status)
        return cast(
            "Account",
            await self._core.request(
                _UPDATE_ACCOUNT,
                Params(
                    path={"accountSid": account_sid},
                    fields={
                        "FriendlyName": friendly_name,
                        "Status": status,
                        "StatusCallback": status_callback,
                        "StatusCallbackEvent": status_callback_event,
                        "VoiceEnabled": voice_enabled,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    @deprecated("delete is deprecated by the API.")
    async def delete(
        self,
        account_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Close an account.

        Deprecated: this operation may be removed in a future version of the API.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            await self._core.request(
                _DELETE_ACCOUNT,
                Params(path={"accountSid": account_sid}),
                request_options,
                self._raw,
            ),
        )


class AccountsWithRawResponse:
    """The methods of :class:`Accounts` that return a :class:`RawResponse`."""

    def __init__(self, resource: Accounts) -> None:
        raw = Accounts(resource._core, raw=True)
        self.fetch = raw_method(raw.fetch)
        self.update = raw_method(raw.update)
        self.delete = raw_method(raw.delete)


class AsyncAccountsWithRawResponse:
    """The methods of :class:`AsyncAccounts` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        raw = AsyncAccounts(resource._core, raw=True)
        self.fetch = async_raw_method(raw.fetch)
        self.update = async_raw_method(raw.update)
        self.delete = async_raw_method(raw.delete)
