"""The balance of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Balance

__all__ = ["AsyncBalanceList", "BalanceList"]

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
