"""Auto-paginating iterators over list operations, with access to single pages."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar, Union

import httpx

from ._params import Params
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._core import AsyncCore, Endpoint, SyncCore

__all__ = ["AsyncPager", "CursorPaging", "NextUrlPaging", "OffsetPaging", "Page", "Paging", "SyncPager"]

_T = TypeVar("_T")


def _walk(body: Any, path: Sequence[str]) -> Any:
    value = body
    for name in path:
        if value is None:
            return None
        value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
    return value


@dataclasses.dataclass(frozen=True)
class NextUrlPaging:
    """Each page holds the URL of the next one; a missing or null URL ends the list."""

    items: tuple[str, ...]
    next_url: tuple[str, ...]

    def next_params(self, params: Params, body: Any, count: int) -> Optional[Params]:
        url = _walk(body, self.next_url)
        return params.with_url(url) if isinstance(url, str) and url else None


@dataclasses.dataclass(frozen=True)
class CursorPaging:
    """Each page holds a cursor for the next request; an empty cursor (or ``has_more`` false) ends the list."""

    items: tuple[str, ...]
    cursor_param: str
    next_cursor: tuple[str, ...]
    has_more: Optional[tuple[str, ...]] = None

    def next_params(self, params: Params, body: Any, count: int) -> Optional[Params]:
        if self.has_more is not None and _walk(body, self.has_more) is False:
            return None
        cursor = _walk(body, self.next_cursor)
        return params.with_query(self.cursor_param, cursor) if cursor not in (None, "") else None


@dataclasses.dataclass(frozen=True)
class OffsetPaging:
    """The next request skips the items already received; an empty or short page ends the list."""

    items: tuple[str, ...]
    offset_param: str
    limit_param: Optional[str] = None

    def next_params(self, params: Params, body: Any, count: int) -> Optional[Params]:
        limit = params.query.get(self.limit_param) if self.limit_param else None
        if count == 0 or (isinstance(limit, int) and count < limit):
            return None
        offset = params.query.get(self.offset_param)
        start = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
        return params.with_query(self.offset_param, start + count)


Paging = Union[NextUrlPaging, CursorPaging, OffsetPaging]


class Page(Generic[_T]):
    """One page: its items, the whole decoded body and the HTTP response."""

    def __init__(self, items: list[_T], body: Any, http_response: httpx.Response) -> None:
        self.items = items
        self.body = body
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __iter__(self) -> Iterator[_T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Page of {len(self.items)} items>"


def _page(paging: Paging, raw: Any) -> Page[Any]:
    items = _walk(raw.data, paging.items)
    return Page(list(items) if items is not None else [], raw.data, raw.http_response)


def _advance(core: Union[SyncCore, AsyncCore], endpoint: Endpoint, params: Params, page: Page[Any]) -> Optional[Params]:
    assert endpoint.paging is not None
    following = endpoint.paging.next_params(params, page.body, len(page.items))
    if following is not None and following.url is not None:
        url, foreign = core.next_link(endpoint, page.http_response.request.url, following.url)
        following = params.with_url(url, foreign=foreign)
    return None if following == params else following


class SyncPager(Generic[_T]):
    """Iterates every item of a list operation, fetching pages lazily as needed.

    ``for item in pager`` walks all items; :meth:`iter_pages` and :meth:`first_page`
    give whole pages with their responses.
    """

    def __init__(self, core: SyncCore, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]) -> None:
        self._core = core
        self._endpoint = endpoint
        self._params = params
        self._options = options

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.items

    def iter_pages(self) -> Iterator[Page[_T]]:
        """Every page in order, fetched one at a time."""
        params: Optional[Params] = self._params
        while params is not None:
            page = self._fetch(params)
            yield page
            params = _advance(self._core, self._endpoint, params, page)

    def first_page(self) -> Page[_T]:
        """Only the first page."""
        return self._fetch(self._params)

    @property
    def _paging(self) -> Paging:
        assert self._endpoint.paging is not None
        return self._endpoint.paging

    def _fetch(self, params: Params) -> Page[_T]:
        return _page(self._paging, self._core.request(self._endpoint, params, self._options, raw=True))


class AsyncPager(Generic[_T]):
    """Iterates every item of a list operation, fetching pages lazily as needed.

    ``async for item in pager`` walks all items; :meth:`iter_pages` and
    :meth:`first_page` give whole pages with their responses.
    """

    def __init__(self, core: AsyncCore, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]) -> None:
        self._core = core
        self._endpoint = endpoint
        self._params = params
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    async def iter_pages(self) -> AsyncIterator[Page[_T]]:
        """Every page in order, fetched one at a time."""
        params: Optional[Params] = self._params
        while params is not None:
            page = await self._fetch(params)
            yield page
            params = _advance(self._core, self._endpoint, params, page)

    async def first_page(self) -> Page[_T]:
        """Only the first page."""
        return await self._fetch(self._params)

    @property
    def _paging(self) -> Paging:
        assert self._endpoint.paging is not None
        return self._endpoint.paging

    async def _fetch(self, params: Params) -> Page[_T]:
        return _page(self._paging, await self._core.request(self._endpoint, params, self._options, raw=True))
