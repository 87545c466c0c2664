"""The calls of the client's tree."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Call, UpdateCallRequestStatus
    from .feedback_summary import AsyncFeedbackSummaryList, FeedbackSummaryList

__all__ = [
    "AsyncCallContext",
    "AsyncCallContextWithRawResponse",
    "AsyncCallList",
    "AsyncCallListWithRawResponse",
    "CallContext",
    "CallContextWithRawResponse",
    "CallList",
    "CallListWithRawResponse",
]

_CREATE_CALL = Endpoint(
    method="POST",
    path="/v1/Accounts/{AccountSid}/Calls.json",
    response_type=lambda: _models.Call,
    accept="application/json",
    security=(("basicAuth",),),
    body="form",
    body_required=True,
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)

_UPDATE_CALL = Endpoint(
    method="POST",
    path="/v1/Accounts/{AccountSid}/Calls/{Sid}.json",
    response_type=lambda: _models.Call,
    accept="application/json",
    security=(("basicAuth",),),
    body="form",
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class CallList:
    """Calls: call with a sid for one of them."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> CallListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return CallListWithRawResponse(self)

    def __call__(self, sid: str) -> CallContext:
        """The one with this sid."""
        return CallContext(self._core, (*self._path, sid), raw=self._raw)

    @functools.cached_property
    def feedback_summary(self) -> FeedbackSummaryList:
        from .feedback_summary import FeedbackSummaryList

        return FeedbackSummaryList(self._core, self._path, raw=self._raw)

    def create(
        self,
        *,
        to: str,
        from_: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Places a call.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            self._core.request(
                _CREATE_CALL,
                Params(path={"AccountSid": self._path[0]}, fields={"To": to, "From": from_}),
                request_options,
                self._raw,
            ),
        )


class CallContext:
    """One of the calls, by its sid."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> CallContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return CallContextWithRawResponse(self)

    def update(
        self,
        *,
        status: Union[UpdateCallRequestStatus, str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Changes a call in progress.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            self._core.request(
                _UPDATE_CALL,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}, fields={"Status": status}),
                request_options,
                self._raw,
            ),
        )


class AsyncCallList:
    """Calls: call with a sid for one of them."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncCallListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncCallListWithRawResponse(self)

    def __call__(self, sid: str) -> AsyncCallContext:
        """The one with this sid."""
        return AsyncCallContext(self._core, (*self._path, sid), raw=self._raw)

    @functools.cached_property
    def feedback_summary(self) -> AsyncFeedbackSummaryList:
        from .feedback_summary import AsyncFeedbackSummaryList

        return AsyncFeedbackSummaryList(self._core, self._path, raw=self._raw)

    async def create(
        self,
        *,
        to: str,
        from_: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Places a call.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            await self._core.request(
                _CREATE_CALL,
                Params(path={"AccountSid": self._path[0]}, fields={"To": to, "From": from_}),
                request_options,
                self._raw,
            ),
        )


class AsyncCallContext:
    """One of the calls, by its sid."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncCallContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncCallContextWithRawResponse(self)

    async def update(
        self,
        *,
        status: Union[UpdateCallRequestStatus, str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Call:
        """Changes a call in progress.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Call",
            await self._core.request(
                _UPDATE_CALL,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}, fields={"Status": status}),
                request_options,
                self._raw,
            ),
        )


class CallListWithRawResponse:
    """The methods of :class:`CallList` that return a :class:`RawResponse`."""

    def __init__(self, resource: CallList) -> None:
        raw = CallList(resource._core, resource._path, raw=True)
        self.create = raw_method(raw.create)


class CallContextWithRawResponse:
    """The methods of :class:`CallContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: CallContext) -> None:
        raw = CallContext(resource._core, resource._path, raw=True)
        self.update = raw_method(raw.update)


class AsyncCallListWithRawResponse:
    """The methods of :class:`AsyncCallList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncCallList) -> None:
        raw = AsyncCallList(resource._core, resource._path, raw=True)
        self.create = async_raw_method(raw.create)


class AsyncCallContextWithRawResponse:
    """The methods of :class:`AsyncCallContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncCallContext) -> None:
        raw = AsyncCallContext(resource._core, resource._path, raw=True)
        self.update = async_raw_method(raw.update)
