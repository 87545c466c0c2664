"""Voice calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, CursorPaging, SyncPager
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Call, CallStatus, CreateCallRequestMachineDetection, CreateCallRequestMachineDetectionParam

__all__ = ["AsyncCalls", "AsyncCallsWithRawResponse", "Calls", "CallsWithRawResponse"]

_LIST_CALLS = Endpoint(
    method="GET",
    path="/calls",
    response_type=lambda: _models.CallList,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    query_styles={"fields": "csv"},
    paging=CursorPaging(items=("data",), cursor_param="cursor", next_cursor=("next_cursor",), has_more=("has_more",)),
)

_CREATE_CALL = Endpoint(
    method="POST",
    path="/calls",
    response_type=lambda: _models.Call,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    body="json",
    body_required=True,
)

_FETCH_CALL = Endpoint(
    method="GET",
    path="/calls/{callId}",
    response_type=lambda: _models.Call,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
)


class Calls:
    """Voice calls."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> CallsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return CallsWithRawResponse(self)

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Sequence[Union[CallStatus, str]], NotGiven] = NOT_GIVEN,
        fields: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        x_request_trace: Union[str, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Call]:
        """List calls (cursor pagination in the body).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: The server's default is 20.
            status: Repeated key, status=a&status=b.
            fields: Comma separated, fields=a,b.
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_CALLS,
            Params(
                query={"cursor": cursor, "limit": limit, "status": status, "fields": fields},
                headers={"X-Request-Trace": x_request_trace},
            ),
            request_options,
            limit=max_items,
        )

    def create(
        self,
        *,
        to: str,
        from_: str,
        machine_detection: Union[
            CreateCallRequestMachineDetection,
            CreateCallRequestMachineDetectionParam,
            NotGiven,
        ] = NOT_GIVEN,
        correlation_id: Union[int, NotGiven] = NOT_GIVEN,
        caller_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        trace_id: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Start a call (JSON body with nested objects and nullable fields).

        Args:
            machine_detection: Inline object; the generator must give it a stable name.
            caller_name: Send null to clear the caller name; leave absent to keep it.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            self._core.request(
                _CREATE_CALL,
                Params(
                    fields={
                        "to": to,
                        "from": from_,
                        "machine_detection": machine_detection,
                        "correlation_id": correlation_id,
                        "caller_name": caller_name,
                        "tags": tags,
                        "trace_id": trace_id,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    def fetch(
        self,
        call_id: int,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """GET /calls/{callId}

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            self._core.request(_FETCH_CALL, Params(path={"callId": call_id}), request_options, self._raw),
        )


class AsyncCalls:
    """Voice calls."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncCallsWithRawResponse(self)

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Sequence[Union[CallStatus, str]], NotGiven] = NOT_GIVEN,
        fields: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        x_request_trace: Union[str, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Call]:
        """List calls (cursor pagination in the body).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: The server's default is 20.
            status: Repeated key, status=a&status=b.
            fields: Comma separated, fields=a,b.
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_CALLS,
            Params(
                query={"cursor": cursor, "limit": limit, "status": status, "fields": fields},
                headers={"X-Request-Trace": x_request_trace},
            ),
            request_options,
            limit=max_items,
        )

    async def create(
        self,
        *,
        to: str,
        from_: str,
        machine_detection: Union[
            CreateCallRequestMachineDetection,
            CreateCallRequestMachineDetectionParam,
            NotGiven,
        ] = NOT_GIVEN,
        correlation_id: Union[int, NotGiven] = NOT_GIVEN,
        caller_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        trace_id: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Start a call (JSON body with nested objects and nullable fields).

        Args:
            machine_detection: Inline object; the generator must give it a stable name.
            caller_name: Send null to clear the caller name; leave absent to keep it.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            await self._core.request(
                _CREATE_CALL,
                Params(
                    fields={
                        "to": to,
                        "from": from_,
                        "machine_detection": machine_detection,
                        "correlation_id": correlation_id,
                        "caller_name": caller_name,
                        "tags": tags,
                        "trace_id": trace_id,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    async def fetch(
        self,
        call_id: int,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """GET /calls/{callId}

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            await self._core.request(_FETCH_CALL, Params(path={"callId": call_id}), request_options, self._raw),
        )


class CallsWithRawResponse:
    """The methods of :class:`Calls` that return a :class:`RawResponse`."""

    def __init__(self, resource: Calls) -> None:
        raw = Calls(resource._core, raw=True)
        self.create = raw_method(raw.create)
        self.fetch = raw_method(raw.fetch)


class AsyncCallsWithRawResponse:
    """The methods of :class:`AsyncCalls` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncCalls) -> None:
        raw = AsyncCalls(resource._core, raw=True)
        self.create = async_raw_method(raw.create)
        self.fetch = async_raw_method(raw.fetch)
