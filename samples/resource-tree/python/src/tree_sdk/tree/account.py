"""The accounts of the client's tree."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Account
    from .balance import AsyncBalanceList, BalanceList
    from .call import AsyncCallList, CallList
    from .message import AsyncMessageList, MessageList
    from .sip import AsyncSipList, SipList

__all__ = [
    "AccountContext",
    "AccountContextWithRawResponse",
    "AccountList",
    "AsyncAccountContext",
    "AsyncAccountContextWithRawResponse",
    "AsyncAccountList",
]

_FETCH_ACCOUNT = Endpoint(
    method="GET",
    path="/v1/Accounts/{Sid}.json",
    response_type=lambda: _models.Account,
    accept="application/json",
    security=(("basicAuth",),),
)


class AccountList:
    """Accounts: call with a sid for one of them."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    def __call__(self, sid: str) -> AccountContext:
        """The one with this sid."""
        return AccountContext(self._core, (*self._path, sid), raw=self._raw)


class AccountContext:
    """One of the accounts, by its sid."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AccountContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AccountContextWithRawResponse(self)

    @functools.cached_property
    def balance(self) -> BalanceList:
        from .balance import BalanceList

        return BalanceList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def calls(self) -> CallList:
        from .call import CallList

        return CallList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def messages(self) -> MessageList:
        from .message import MessageList

        return MessageList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def sip(self) -> SipList:
        from .sip import SipList

        return SipList(self._core, self._path, raw=self._raw)

    def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetches an account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Account",
            self._core.request(_FETCH_ACCOUNT, Params(path={"Sid": self._path[0]}), request_options, self._raw),
        )


class AsyncAccountList:
    """Accounts: call with a sid for one of them."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    def __call__(self, sid: str) -> AsyncAccountContext:
        """The one with this sid."""
        return AsyncAccountContext(self._core, (*self._path, sid), raw=self._raw)


class AsyncAccountContext:
    """One of the accounts, by its sid."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncAccountContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncAccountContextWithRawResponse(self)

    @functools.cached_property
    def balance(self) -> AsyncBalanceList:
        from .balance import AsyncBalanceList

        return AsyncBalanceList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def calls(self) -> AsyncCallList:
        from .call import AsyncCallList

        return AsyncCallList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def messages(self) -> AsyncMessageList:
        from .message import AsyncMessageList

        return AsyncMessageList(self._core, self._path, raw=self._raw)

    @functools.cached_property
    def sip(self) -> AsyncSipList:
        from .sip import AsyncSipList

        return AsyncSipList(self._core, self._path, raw=self._raw)

    async def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Account:
        """Fetches an account.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Account",
            await self._core.request(_FETCH_ACCOUNT, Params(path={"Sid": self._path[0]}), request_options, self._raw),
        )


class AccountContextWithRawResponse:
    """The methods of :class:`AccountContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: AccountContext) -> None:
        raw = AccountContext(resource._core, resource._path, raw=True)
        self.fetch = raw_method(raw.fetch)


class AsyncAccountContextWithRawResponse:
    """The methods of :class:`AsyncAccountContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncAccountContext) -> None:
        raw = AsyncAccountContext(resource._core, resource._path, raw=True)
        self.fetch = async_raw_method(raw.fetch)
