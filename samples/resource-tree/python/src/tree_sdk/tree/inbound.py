"""The inbound of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Report

__all__ = ["AsyncInboundList", "AsyncInboundListWithRawResponse", "InboundList", "InboundListWithRawResponse"]

_FETCH_INBOUND_REPORT = Endpoint(
    method="GET",
    path="/v1/Reports/Inbound.json",
    response_type=lambda: _models.Report,
    accept="application/json",
    security=(("basicAuth",),),
)


class InboundList:
    """The inbound."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> InboundListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return InboundListWithRawResponse(self)

    def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Report:
        """Fetches the inbound traffic report, a path outside the tree.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Report", self._core.request(_FETCH_INBOUND_REPORT, Params(), request_options, self._raw))


class AsyncInboundList:
    """The inbound."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncInboundListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncInboundListWithRawResponse(self)

    async def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Report:
        """Fetches the inbound traffic report, a path outside the tree.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Report", await self._core.request(_FETCH_INBOUND_REPORT, Params(), request_options, self._raw))


class InboundListWithRawResponse:
    """The methods of :class:`InboundList` that return a :class:`RawResponse`."""

    def __init__(self, resource: InboundList) -> None:
        raw = InboundList(resource._core, resource._path, raw=True)
        self.fetch = raw_method(raw.fetch)


class AsyncInboundListWithRawResponse:
    """The methods of :class:`AsyncInboundList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncInboundList) -> None:
        raw = AsyncInboundList(resource._core, resource._path, raw=True)
        self.fetch = async_raw_method(raw.fetch)
