"""The calls of the client's tree."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Call, UpdateCallRequestStatus
    from .feedback_summary import AsyncFeedbackSummaryList, FeedbackSummaryList

__all__ = ["AsyncCallContext", "AsyncCallList", "CallContext", "CallList"]

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
