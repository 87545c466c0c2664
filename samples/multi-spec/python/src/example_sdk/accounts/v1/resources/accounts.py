"""Operations on accounts."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Optional, Union, cast

from ...._core import AsyncCore, Endpoint, SyncCore
from ...._params import Params
from ...._response import async_raw_method, raw_method
from ...._types import NOT_GIVEN, NotGiven, RequestOptions
from .. import models as _models

if TYPE_CHECKING:
    from ..models import Account, Status

__all__ = ["Accounts", "AccountsWithRawResponse", "AsyncAccounts", "AsyncAccountsWithRawResponse"]

_LIST_ACCOUNTS = Endpoint(
    method="GET",
    path="/accounts",
    response_type=lambda: list[_models.Account],
    accept="application/json",
    security=(("basicAuth",),),
)

_FETCH_ACCOUNT = Endpoint(
    method="GET",
    path="/accounts/{id}",
    response_type=lambda: _models.Account,
    accept="application/json",
    security=(("basicAuth",),),
)


class Accounts:
    """Operations on accounts."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AccountsWithRawResponse(self)

    def list(
        self,
        *,
        status: Union[Status, str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> builtins.list[Account]:
        """Lists the accounts.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "builtins.list[Account]",
            self._core.request(_LIST_ACCOUNTS, Params(query={"status": status}), request_options, self._raw),
        )

    def fetch(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetches an account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Account", self._core.request(_FETCH_ACCOUNT, Params(path={"id": id}), request_options, self._raw))


class AsyncAccounts:
    """Operations on accounts."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncAccountsWithRawResponse(self)

    async def list(
        self,
        *,
        status: Union[Status, str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> builtins.list[Account]:
        """Lists the accounts.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "builtins.list[Account]",
            await self._core.request(_LIST_ACCOUNTS, Params(query={"status": status}), request_options, self._raw),
        )

    async def fetch(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetches an account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Account",
            await self._core.request(_FETCH_ACCOUNT, Params(path={"id": id}), request_options, self._raw),
        )


class AccountsWithRawResponse:
    """The methods of :class:`Accounts` that return a :class:`RawResponse`."""

    def __init__(self, resource: Accounts) -> None:
        raw = Accounts(resource._core, raw=True)
        self.list = raw_method(raw.list)
        self.fetch = raw_method(raw.fetch)


class AsyncAccountsWithRawResponse:
    """The methods of :class:`AsyncAccounts` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        raw = AsyncAccounts(resource._core, raw=True)
        self.list = async_raw_method(raw.list)
        self.fetch = async_raw_method(raw.fetch)
