"""Auto-paginating iterators over list operations, with access to single pages."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar, Union

import httpx

from ._params import Params
from ._response import HttpResponseInfo
from ._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ._core import AsyncCore, Endpoint, SyncCore

__all__ = [
    "AsyncPager",
    "CursorPaging",
    "LinkHeaderPaging",
    "NextUrlPaging",
    "OffsetPaging",
    "Page",
    "Paging",
    "SyncPager",
]

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

    def next_params(self, params: Params, page: Page[Any]) -> Optional[Params]:
        url = _walk(page.body, self.next_url)
        return params.with_url(url) if isinstance(url, str) and url else None


@dataclasses.dataclass(frozen=True)
class LinkHeaderPaging:
    """The ``Link`` response header names the next page (``rel="next"``); without one the list ends."""

    items: tuple[str, ...]

    def next_params(self, params: Params, page: Page[Any]) -> Optional[Params]:
        url = next_link(page.headers.get_list("link"))
        return params.with_url(url) if url else None


def next_link(values: Sequence[str]) -> Optional[str]:
    """The target of the first ``rel="next"`` link in RFC 8288 ``Link`` header values."""
    for value in values:
        for link in _split_links(value):
            target, _, attributes = link.partition(">")
            target = target.strip()
            if not target.startswith("<"):
                continue
            for attribute in attributes.split(";"):
                name, _, rel = attribute.partition("=")
                if name.strip().lower() == "rel" and "next" in rel.strip().strip('"').lower().split():
                    return target[1:]
    return None


def _split_links(value: str) -> list[str]:
    links: list[str] = []
    current: list[str] = []
    quoted = bracketed = False
    for char in value:
        if char == '"' and not bracketed:
            quoted = not quoted
        elif char == "<" and not quoted:
            bracketed = True
        elif char == ">" and not quoted:
            bracketed = False
        if char == "," and not quoted and not bracketed:
            links.append("".join(current))
            current = []
        else:
            current.append(char)
    links.append("".join(current))
    return links


@dataclasses.dataclass(frozen=True)
class CursorPaging:
    """Each page holds a cursor for the next request; an empty cursor (or ``has_more`` false) ends the list.

    With ``last_item`` the cursor is read from the page's last item (Stripe's ``starting_after``).
    """

    items: tuple[str, ...]
    cursor_param: str
    next_cursor: tuple[str, ...]
    has_more: Optional[tuple[str, ...]] = None
    last_item: bool = False

    def next_params(self, params: Params, page: Page[Any]) -> Optional[Params]:
        if self.has_more is not None and _walk(page.body, self.has_more) is False:
            return None
        if self.last_item:
            cursor = _walk(page.items[-1], self.next_cursor) if page.items else None
        else:
            cursor = _walk(page.body, self.next_cursor)
        return params.with_query(self.cursor_param, cursor) if cursor not in (None, "") else None


@dataclasses.dataclass(frozen=True)
class OffsetPaging:
    """The next request skips the items already received; an empty or short page ends the list.

    With ``pages`` the parameter is a page number (from 1) that advances by one.
    """

    items: tuple[str, ...]
    offset_param: str
    limit_param: Optional[str] = None
    pages: bool = False

    def next_params(self, params: Params, page: Page[Any]) -> Optional[Params]:
        count = len(page.items)
        limit = params.query.get(self.limit_param) if self.limit_param else None
        if count == 0 or (isinstance(limit, int) and count < limit):
            return None
        offset = params.query.get(self.offset_param)
        if not isinstance(offset, int) or isinstance(offset, bool):
            offset = 1 if self.pages else 0
        return params.with_query(self.offset_param, offset + (1 if self.pages else count))


Paging = Union[NextUrlPaging, LinkHeaderPaging, CursorPaging, OffsetPaging]


class Page(HttpResponseInfo, Generic[_T]):
    """One page: its items, the whole decoded body and the HTTP response."""

    def __init__(self, items: list[_T], body: Any, http_response: httpx.Response) -> None:
        super().__init__(http_response)
        self.items = items
        self.body = body

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
    following = endpoint.paging.next_params(params, page)
    if following is not None and following.url is not None:
        url, foreign = core.next_link(endpoint, page.http_response.request.url, following.url)
        following = params.with_url(url, foreign=foreign)
    return None if following == params else following


def _sized(endpoint: Endpoint, params: Params, limit: Optional[int]) -> Params:
    """With an item limit and no page size given, asks for pages of the limit's size (at most the API's maximum)."""
    if limit is None or endpoint.page_size is None:
        return params
    name, maximum = endpoint.page_size
    if not isinstance(params.query.get(name, NOT_GIVEN), NotGiven):
        return params
    return params.with_query(name, min(limit, maximum))


def _checked_limit(limit: Optional[int]) -> Optional[int]:
    if limit is None:
        return None
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise TypeError(f"the item limit must be a positive int, got {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"the item limit must be a positive int, got {limit}")
    return limit


class SyncPager(Generic[_T]):
    """Iterates every item of a list operation, fetching pages lazily as needed.

    ``for item in pager`` walks all items, or the first ``limit`` of them without fetching a page
    past them; :meth:`iter_pages` and :meth:`first_page` give whole pages with their responses.
    """

    def __init__(
        self,
        core: SyncCore,
        endpoint: Endpoint,
        params: Params,
        options: Optional[RequestOptions],
        limit: Optional[int] = None,
    ) -> None:
        self._core = core
        self._endpoint = endpoint
        self._limit = _checked_limit(limit)
        self._params = _sized(endpoint, params, self._limit)
        self._options = options

    def __iter__(self) -> Iterator[_T]:
        left = self._limit
        if left is None:
            for page in self.iter_pages():
                yield from page.items
            return
        for page in self.iter_pages():
            yield from page.items[:left]
            left -= min(left, len(page.items))
            if left == 0:
                return

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

    ``async for item in pager`` walks all items, or the first ``limit`` of them without fetching
    a page past them; :meth:`iter_pages` and :meth:`first_page` give whole pages with their responses.
    """

    def __init__(
        self,
        core: AsyncCore,
        endpoint: Endpoint,
        params: Params,
        options: Optional[RequestOptions],
        limit: Optional[int] = None,
    ) -> None:
        self._core = core
        self._endpoint = endpoint
        self._limit = _checked_limit(limit)
        self._params = _sized(endpoint, params, self._limit)
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        left = self._limit
        async for page in self.iter_pages():
            for item in page.items if left is None else page.items[:left]:
                yield item
            if left is not None:
                left -= min(left, len(page.items))
                if left == 0:
                    return

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
