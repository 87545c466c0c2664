"""The feedback summary of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import FeedbackSummary

__all__ = ["AsyncFeedbackSummaryList", "FeedbackSummaryList"]

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
