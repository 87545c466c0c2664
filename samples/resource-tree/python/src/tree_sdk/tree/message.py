"""The messages of the client's tree."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, NextUrlPaging, SyncPager
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Message
    from .media import AsyncMediaList, MediaList

__all__ = [
    "AsyncMessageContext",
    "AsyncMessageContextWithRawResponse",
    "AsyncMessageList",
    "AsyncMessageListWithRawResponse",
    "MessageContext",
    "MessageContextWithRawResponse",
    "MessageList",
    "MessageListWithRawResponse",
]

_LIST_MESSAGE = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/Messages.json",
    response_type=lambda: _models.MessagePage,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
    paging=NextUrlPaging(items=("messages",), next_url=("next_page_uri",)),
)

_CREATE_MESSAGE = Endpoint(
    method="POST",
    path="/v1/Accounts/{AccountSid}/Messages.json",
    response_type=lambda: _models.Message,
    accept="application/json",
    security=(("basicAuth",),),
    body="form",
    body_required=True,
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)

_FETCH_MESSAGE = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/Messages/{Sid}.json",
    response_type=lambda: _models.Message,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)

_UPDATE_MESSAGE = Endpoint(
    method="POST",
    path="/v1/Accounts/{AccountSid}/Messages/{Sid}.json",
    response_type=lambda: _models.Message,
    accept="application/json",
    security=(("basicAuth",),),
    body="form",
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)

_DELETE_MESSAGE = Endpoint(
    method="DELETE",
    path="/v1/Accounts/{AccountSid}/Messages/{Sid}.json",
    response="deleted",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class MessageList:
    """Messages: call with a sid for one of them."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> MessageListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MessageListWithRawResponse(self)

    def __call__(self, sid: str) -> MessageContext:
        """The one with this sid."""
        return MessageContext(self._core, (*self._path, sid), raw=self._raw)

    def list(
        self,
        *,
        to: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Message]:
        """Lists the account's messages.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_MESSAGE,
            Params(path={"AccountSid": self._path[0]}, query={"To": to, "PageSize": page_size}),
            request_options,
            limit=limit,
        )

    def create(
        self,
        *,
        to: str,
        body: Union[str, NotGiven] = NOT_GIVEN,
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
            self._core.request(
                _CREATE_MESSAGE,
                Params(path={"AccountSid": self._path[0]}, fields={"To": to, "Body": body}),
                request_options,
                self._raw,
            ),
        )


class MessageContext:
    """One of the messages, by its sid."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> MessageContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MessageContextWithRawResponse(self)

    @functools.cached_property
    def media(self) -> MediaList:
        from .media import MediaList

        return MediaList(self._core, self._path, raw=self._raw)

    def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetches a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(
                _FETCH_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}),
                request_options,
                self._raw,
            ),
        )

    def update(
        self,
        *,
        body: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Redacts a message's body.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            self._core.request(
                _UPDATE_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}, fields={"Body": body}),
                request_options,
                self._raw,
            ),
        )

    def delete(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Deletes a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            self._core.request(
                _DELETE_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}),
                request_options,
                self._raw,
            ),
        )


class AsyncMessageList:
    """Messages: call with a sid for one of them."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMessageListWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMessageListWithRawResponse(self)

    def __call__(self, sid: str) -> AsyncMessageContext:
        """The one with this sid."""
        return AsyncMessageContext(self._core, (*self._path, sid), raw=self._raw)

    def list(
        self,
        *,
        to: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Message]:
        """Lists the account's messages.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_MESSAGE,
            Params(path={"AccountSid": self._path[0]}, query={"To": to, "PageSize": page_size}),
            request_options,
            limit=limit,
        )

    async def create(
        self,
        *,
        to: str,
        body: Union[str, NotGiven] = NOT_GIVEN,
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
                Params(path={"AccountSid": self._path[0]}, fields={"To": to, "Body": body}),
                request_options,
                self._raw,
            ),
        )


class AsyncMessageContext:
    """One of the messages, by its sid."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMessageContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMessageContextWithRawResponse(self)

    @functools.cached_property
    def media(self) -> AsyncMediaList:
        from .media import AsyncMediaList

        return AsyncMediaList(self._core, self._path, raw=self._raw)

    async def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Fetches a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(
                _FETCH_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}),
                request_options,
                self._raw,
            ),
        )

    async def update(
        self,
        *,
        body: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Message:
        """Redacts a message's body.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Message",
            await self._core.request(
                _UPDATE_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}, fields={"Body": body}),
                request_options,
                self._raw,
            ),
        )

    async def delete(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Deletes a message.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            await self._core.request(
                _DELETE_MESSAGE,
                Params(path={"AccountSid": self._path[0], "Sid": self._path[1]}),
                request_options,
                self._raw,
            ),
        )


class MessageListWithRawResponse:
    """The methods of :class:`MessageList` that return a :class:`RawResponse`."""

    def __init__(self, resource: MessageList) -> None:
        raw = MessageList(resource._core, resource._path, raw=True)
        self.create = raw_method(raw.create)


class MessageContextWithRawResponse:
    """The methods of :class:`MessageContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: MessageContext) -> None:
        raw = MessageContext(resource._core, resource._path, raw=True)
        self.fetch = raw_method(raw.fetch)
        self.update = raw_method(raw.update)
        self.delete = raw_method(raw.delete)


class AsyncMessageListWithRawResponse:
    """The methods of :class:`AsyncMessageList` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncMessageList) -> None:
        raw = AsyncMessageList(resource._core, resource._path, raw=True)
        self.create = async_raw_method(raw.create)


class AsyncMessageContextWithRawResponse:
    """The methods of :class:`AsyncMessageContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncMessageContext) -> None:
        raw = AsyncMessageContext(resource._core, resource._path, raw=True)
        self.fetch = async_raw_method(raw.fetch)
        self.update = async_raw_method(raw.update)
        self.delete = async_raw_method(raw.delete)
