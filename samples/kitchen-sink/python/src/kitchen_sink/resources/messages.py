"""Send and list messages."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, NextUrlPaging, SyncPager
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Message, MessageStatus

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "Messages", "MessagesWithRawResponse"]

_LIST_MESSAGES = Endpoint(
    method="GET",
    path="/accounts/{accountSid}/messages",
    response_type=lambda: _models.MessagePage,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    paging=NextUrlPaging(items=("messages",), next_url=("meta", "next_page_url")),
    page_size=("PageSize", 1000),
)

_CREATE_MESSAGE = Endpoint(
    method="POST",
    path="/accounts/{accountSid}/messages",
    response_type=lambda: _models.Message,
    accept="application/json",
    errors={"422": lambda: _models.ValidationError, "429": lambda: _models.Error, "default": lambda: _models.Error},
    error_fields={
        "422": (("code",), ("message",)),
        "429": (("code",), ("message",)),
        "default": (("code",), ("message",)),
    },
    security=(("accountAuth",), ("bearerAuth",)),
    body="form",
    body_required=True,
    form_styles={"MediaUrl": "form"},
    idempotency_header="Idempotency-Key",
)

_FETCH_MESSAGE = Endpoint(
    method="GET",
    path="/accounts/{accountSid}/messages/{messageSid}",
    response_type=lambda: _models.Message,
    accept="application/json",
    errors={"404": lambda: _models.Error, "503": lambda: _models.Error, "default": lambda: _models.Error},
    error_fields={
        "404": (("code",), ("message",)),
        "503": (("code",), ("message",)),
        "default": (("code",), ("message",)),
    },
    security=(("accountAuth",), ("bearerAuth",)),
)


class Messages:
    """Send and list messages."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MessagesWithRawResponse(self)

    def list(
        self,
        account_sid: str,
        *,
        to: Union[str, NotGiven] = NOT_GIVEN,
        date_sent_after: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        status: Union[MessageStatus, str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        page_token: Union[str, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Message]:
        """List messages, newest first (page-URL pagination, Twilio style).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            date_sent_after: Only messages sent after this instant (note the `>` in the name).
            page_size: The server's default is 50.
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_MESSAGES,
            Params(
                path={"accountSid": account_sid},
                query={
                    "To": to,
                    "DateSent>": date_sent_after,
                    "Status": status,
                    "PageSize": page_size,
                    "PageToken": page_token,
                },
            ),
            request_options,
            limit=limit,
        )

    def create(
        self,
        account_sid: str,
        *,
        to: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        media_url: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        validity_period: Union[int, NotGiven] = NOT_GIVEN,
        send_at: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        shorten_urls: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Send a message.

        Args:
            to: Destination in E.164 form.
            idempotency_key: Makes a retried POST safe; the SDK generates one when absent.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(
                _CREATE_MESSAGE,
                Params(
                    path={"accountSid": account_sid},
                    headers={"Idempotency-Key": idempotency_key},
                    fields={
                        "To": to,
                        "From": from_,
                        "Body": body,
                        "MediaUrl": media_url,
                        "ValidityPeriod": validity_period,
                        "SendAt": send_at,
                        "ShortenUrls": shorten_urls,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    def fetch(
        self,
        account_sid: str,
        message_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetch one message.

        Args:
            message_sid: Message id; may contain characters that need percent-encoding.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(
                _FETCH_MESSAGE,
                Params(path={"accountSid": account_sid, "messageSid": message_sid}),
                request_options,
                self._raw,
            ),
        )


class AsyncMessages:
    """Send and list messages."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMessagesWithRawResponse(self)

    def list(
        self,
        account_sid: str,
        *,
        to: Union[str, NotGiven] = NOT_GIVEN,
        date_sent_after: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        status: Union[MessageStatus, str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        page_token: Union[str, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Message]:
        """List messages, newest first (page-URL pagination, Twilio style).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            date_sent_after: Only messages sent after this instant (note the `>` in the name).
            page_size: The server's default is 50.
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_MESSAGES,
            Params(
                path={"accountSid": account_sid},
                query={
                    "To": to,
                    "DateSent>": date_sent_after,
                    "Status": status,
                    "PageSize": page_size,
                    "PageToken": page_token,
                },
            ),
            request_options,
            limit=limit,
        )

    async def create(
        self,
        account_sid: str,
        *,
        to: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[str, NotGiven] = NOT_GIVEN,
        media_url: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        validity_period: Union[int, NotGiven] = NOT_GIVEN,
        send_at: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        shorten_urls: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Send a message.

        Args:
            to: Destination in E.164 form.
            idempotency_key: Makes a retried POST safe; the SDK generates one when absent.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(
                _CREATE_MESSAGE,
                Params(
                    path={"accountSid": account_sid},
                    headers={"Idempotency-Key": idempotency_key},
                    fields={
                        "To": to,
                        "From": from_,
                        "Body": body,
                        "MediaUrl": media_url,
                        "ValidityPeriod": validity_period,
                        "SendAt": send_at,
                        "ShortenUrls": shorten_urls,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    async def fetch(
        self,
        account_sid: str,
        message_sid: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetch one message.

        Args:
            message_sid: Message id; may contain characters that need percent-encoding.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(
                _FETCH_MESSAGE,
                Params(path={"accountSid": account_sid, "messageSid": message_sid}),
                request_options,
                self._raw,
            ),
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
