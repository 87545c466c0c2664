"""Operations on messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from ...._core import AsyncCore, Endpoint, SyncCore
from ...._params import Params
from ...._response import async_raw_method, raw_method
from ...._types import RequestOptions
from .. import models as _models

if TYPE_CHECKING:
    from ..models import Message

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "Messages", "MessagesWithRawResponse"]

_CREATE_MESSAGE = Endpoint(
    method="POST",
    path="/v2/messages",
    response_type=lambda: _models.Message,
    accept="application/json",
    security=(("basicAuth",),),
    body="form",
    body_required=True,
)

_FETCH_MESSAGE = Endpoint(
    method="GET",
    path="/v2/messages/{sid}",
    response_type=lambda: _models.Message,
    accept="application/json",
    security=(("basicAuth",),),
)


class Messages:
    """Operations on messages."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MessagesWithRawResponse(self)

    def create(
        self,
        *,
        to: str,
        body: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Sends a message.

        Args:
            to: The recipient.
            body: The text.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(_CREATE_MESSAGE, Params(fields={"To": to, "Body": body}), request_options, self._raw),
        )

    def fetch(
        self,
        sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetches a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(_FETCH_MESSAGE, Params(path={"sid": sid}), request_options, self._raw),
        )


class AsyncMessages:
    """Operations on messages."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMessagesWithRawResponse(self)

    async def create(
        self,
        *,
        to: str,
        body: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Sends a message.

        Args:
            to: The recipient.
            body: The text.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(
                _CREATE_MESSAGE,
                Params(fields={"To": to, "Body": body}),
                request_options,
                self._raw,
            ),
        )

    async def fetch(
        self,
        sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetches a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(_FETCH_MESSAGE, Params(path={"sid": sid}), request_options, self._raw),
        )


class MessagesWithRawResponse:
    """The methods of :class:`Messages` that return a :class:`RawResponse`."""

    def __init__(self, resource: Messages) -> None:
        raw = Messages(resource._core, raw=True)
        self.create = raw_method(raw.create)
        self.fetch = raw_method(raw.fetch)


class AsyncMessagesWithRawResponse:
    """The methods of :class:`AsyncMessages` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncMessages) -> None:
        raw = AsyncMessages(resource._core, raw=True)
        self.create = async_raw_method(raw.create)
        self.fetch = async_raw_method(raw.fetch)
