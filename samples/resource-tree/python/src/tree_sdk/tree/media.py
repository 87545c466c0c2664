"""The media of the client's tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, NextUrlPaging, SyncPager
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import RequestOptions

if TYPE_CHECKING:
    from ..models import Media

__all__ = [
    "AsyncMediaContext",
    "AsyncMediaContextWithRawResponse",
    "AsyncMediaList",
    "MediaContext",
    "MediaContextWithRawResponse",
    "MediaList",
]

_LIST_MEDIA = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json",
    response_type=lambda: _models.MediaPage,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
    paging=NextUrlPaging(items=("media_list",), next_url=("next_page_uri",)),
)

_FETCH_MEDIA = Endpoint(
    method="GET",
    path="/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    response_type=lambda: _models.Media,
    accept="application/json",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)

_DELETE_MEDIA = Endpoint(
    method="DELETE",
    path="/v1/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    response="deleted",
    security=(("basicAuth",),),
    path_defaults={"AccountSid": ("basicAuth", "TREE_ACCOUNT_SID")},
)


class MediaList:
    """Media: call with a sid for one of them."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    def __call__(self, sid: str) -> MediaContext:
        """The one with this sid."""
        return MediaContext(self._core, (*self._path, sid), raw=self._raw)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Media]:
        """Lists a message's media.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_MEDIA,
            Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1]}),
            request_options,
            limit=limit,
        )


class MediaContext:
    """One of the media, by its sid."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> MediaContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MediaContextWithRawResponse(self)

    def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Media:
        """Fetches one media item.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Media",
            self._core.request(
                _FETCH_MEDIA,
                Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1], "Sid": self._path[2]}),
                request_options,
                self._raw,
            ),
        )

    def delete(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Deletes one media item.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            self._core.request(
                _DELETE_MEDIA,
                Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1], "Sid": self._path[2]}),
                request_options,
                self._raw,
            ),
        )


class AsyncMediaList:
    """Media: call with a sid for one of them."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    def __call__(self, sid: str) -> AsyncMediaContext:
        """The one with this sid."""
        return AsyncMediaContext(self._core, (*self._path, sid), raw=self._raw)

    def list(
        self,
        *,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Media]:
        """Lists a message's media.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_MEDIA,
            Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1]}),
            request_options,
            limit=limit,
        )


class AsyncMediaContext:
    """One of the media, by its sid."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMediaContextWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMediaContextWithRawResponse(self)

    async def fetch(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Media:
        """Fetches one media item.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Media",
            await self._core.request(
                _FETCH_MEDIA,
                Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1], "Sid": self._path[2]}),
                request_options,
                self._raw,
            ),
        )

    async def delete(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> bool:
        """Deletes one media item.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.

        Returns:
            True when the server deleted; False when it accepted the delete to carry out later (202).
        """
        return cast(
            "bool",
            await self._core.request(
                _DELETE_MEDIA,
                Params(path={"AccountSid": self._path[0], "MessageSid": self._path[1], "Sid": self._path[2]}),
                request_options,
                self._raw,
            ),
        )


class MediaContextWithRawResponse:
    """The methods of :class:`MediaContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: MediaContext) -> None:
        raw = MediaContext(resource._core, resource._path, raw=True)
        self.fetch = raw_method(raw.fetch)
        self.delete = raw_method(raw.delete)


class AsyncMediaContextWithRawResponse:
    """The methods of :class:`AsyncMediaContext` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncMediaContext) -> None:
        raw = AsyncMediaContext(resource._core, resource._path, raw=True)
        self.fetch = async_raw_method(raw.fetch)
        self.delete = async_raw_method(raw.delete)
