"""The domains of the client's tree."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Domain

__all__ = ["AsyncDomainList", "AsyncDomainListWithRawResponse", "DomainList", "DomainListWithRawResponse"]

_LIST_SIP_DOMAIN = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/SIP/Domains.json",
    response_type=lambda: list[_models.Domain],
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class DomainList:
    """The domains."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> DomainListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return DomainListWithRawResponse(self)

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> builtins.list[Domain]:
        """Lists SIP domains.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "builtins.list[Domain]",
            self._core.request(
                _LIST_SIP_DOMAIN,
                Params(path={"AccountSid": self._path[0]}),
                request_options,
                self._raw,
            ),
        )


class AsyncDomainList:
    """The domains."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncDomainListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncDomainListWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> builtins.list[Domain]:
        """Lists SIP domains.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "builtins.list[Domain]",
            await self._core.request(
                _LIST_SIP_DOMAIN,
                Params(path={"AccountSid": self._path[0]}),
                request_options,
                self._raw,
            ),
        )


class DomainListWithRawResponse:
    """The methods of :class:`DomainList` that return a :class:`RawResponse`."""

    def __init__(self, resource: DomainList) -> None:
        raw = DomainList(resource._core, resource._path, raw=True)
        self.list = raw_method(raw.list)


class AsyncDomainListWithRawResponse:
    """The methods of :class:`AsyncDomainList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncDomainList) -> None:
        raw = AsyncDomainList(resource._core, resource._path, raw=True)
        self.list = async_raw_method(raw.list)
