"""The feedback summary of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import FeedbackSummary

__all__ = [
    "AsyncFeedbackSummaryList",
    "AsyncFeedbackSummaryListWithRawResponse",
    "FeedbackSummaryList",
    "FeedbackSummaryListWithRawResponse",
]

_CREATE_FEEDBACK_SUMMARY = Endpoint(
    method="POST",
    path="/v1/Accounts/{AccountSid}/Calls/FeedbackSummary.json",
    response_type=lambda: _models.FeedbackSummary,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class FeedbackSummaryList:
    """The feedback summary."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> FeedbackSummaryListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return FeedbackSummaryListWithRawResponse(self)

    def create(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FeedbackSummary:
        """Summarises call feedback.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "FeedbackSummary",
            self._core.request(
                _CREATE_FEEDBACK_SUMMARY,
                Params(path={"AccountSid": self._path[0]}),
                request_options,
                self._raw,
            ),
        )


class AsyncFeedbackSummaryList:
    """The feedback summary."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncFeedbackSummaryListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncFeedbackSummaryListWithRawResponse(self)

    async def create(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FeedbackSummary:
        """Summarises call feedback.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "FeedbackSummary",
            await self._core.request(
                _CREATE_FEEDBACK_SUMMARY,
                Params(path={"AccountSid": self._path[0]}),
                request_options,
                self._raw,
            ),
        )


class FeedbackSummaryListWithRawResponse:
    """The methods of :class:`FeedbackSummaryList` that return a :class:`RawResponse`."""

    def __init__(self, resource: FeedbackSummaryList) -> None:
        raw = FeedbackSummaryList(resource._core, resource._path, raw=True)
        self.create = raw_method(raw.create)


class AsyncFeedbackSummaryListWithRawResponse:
    """The methods of :class:`AsyncFeedbackSummaryList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncFeedbackSummaryList) -> None:
        raw = AsyncFeedbackSummaryList(resource._core, resource._path, raw=True)
        self.create = async_raw_method(raw.create)
