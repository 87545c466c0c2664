"""Responses with their status and headers: raw access and binary bodies."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Generic, Optional, TypeVar, Union, cast

import httpx
from typing_extensions import ParamSpec

__all__ = ["AsyncBinaryResponse", "BinaryResponse", "RawResponse", "async_raw_method", "raw_method"]

_T = TypeVar("_T")
_P = ParamSpec("_P")


class HttpResponseInfo:
    """The status and headers of the HTTP response a value came from."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


class RawResponse(HttpResponseInfo, Generic[_T]):
    """A decoded body together with the HTTP response it came from."""

    def __init__(self, http_response: httpx.Response, data: _T) -> None:
        super().__init__(http_response)
        self.data = data
        """The body, decoded as the method would have returned it."""

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def parse(self) -> _T:
        """The decoded body."""
        return self.data

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.data!r}>"


class BinaryResponse(HttpResponseInfo):
    """A binary body not read yet: read it whole with :meth:`read` or in chunks with :meth:`iter_bytes`.

    Close it (or use it in a ``with`` block) when not reading it to the end.
    """

    @property
    def content_type(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("content-type")
        return value

    def read(self) -> bytes:
        """The whole body, unchanged."""
        try:
            return self.http_response.read()
        finally:
            self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks as it arrives."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.http_response.close()

    def write_to_file(self, path: Union[str, os.PathLike[str]]) -> None:
        """Streams the body into a file."""
        with open(path, "wb") as file:
            for chunk in self.iter_bytes():
                file.write(chunk)

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncBinaryResponse(HttpResponseInfo):
    """A binary body not read yet: read it whole with :meth:`read` or in chunks with :meth:`iter_bytes`.

    Close it (or use it in an ``async with`` block) when not reading it to the end.
    """

    @property
    def content_type(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("content-type")
        return value

    async def read(self) -> bytes:
        """The whole body, unchanged."""
        try:
            return await self.http_response.aread()
        finally:
            await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body in chunks as it arrives."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.http_response.aclose()

    async def write_to_file(self, path: Union[str, os.PathLike[str]]) -> None:
        """Streams the body into a file."""
        with open(path, "wb") as file:
            async for chunk in self.iter_bytes():
                file.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()


def raw_method(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    """Types a method of a resource created with ``raw=True``, which returns raw responses."""
    return cast("Callable[_P, RawResponse[_T]]", method)


def async_raw_method(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    """Types a method of an async resource created with ``raw=True``, which returns raw responses."""
    return cast("Callable[_P, Awaitable[RawResponse[_T]]]", method)
