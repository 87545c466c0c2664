"""The balance of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Balance

__all__ = ["AsyncBalanceList", "AsyncBalanceListWithRawResponse", "BalanceList", "BalanceListWithRawResponse"]

_FETCH_BALANCE = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/Balance.json",
    response_type=lambda: _models.Balance,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class BalanceList:
    """The balance."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> BalanceListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return BalanceListWithRawResponse(self)

    def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Balance:
        """Fetches the account's balance.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Balance",
            self._core.request(_FETCH_BALANCE, Params(path={"AccountSid": self._path[0]}), request_options, self._raw),
        )


class AsyncBalanceList:
    """The balance."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncBalanceListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncBalanceListWithRawResponse(self)

    async def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Balance:
        """Fetches the account's balance.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Balance",
            await self._core.request(
                _FETCH_BALANCE,
                Params(path={"AccountSid": self._path[0]}),
                request_options,
                self._raw,
            ),
        )


class BalanceListWithRawResponse:
    """The methods of :class:`BalanceList` that return a :class:`RawResponse`."""

    def __init__(self, resource: BalanceList) -> None:
        raw = BalanceList(resource._core, resource._path, raw=True)
        self.fetch = raw_method(raw.fetch)


class AsyncBalanceListWithRawResponse:
    """The methods of :class:`AsyncBalanceList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncBalanceList) -> None:
        raw = AsyncBalanceList(resource._core, resource._path, raw=True)
        self.fetch = async_raw_method(raw.fetch)
