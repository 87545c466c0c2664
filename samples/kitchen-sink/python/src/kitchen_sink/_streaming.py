"""Server-sent events, decoded into typed values as they arrive."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterable, Iterator
from types import TracebackType
from typing import Any, Generic, Optional, TypeVar

import httpx

from ._errors import ResponseValidationError
from ._models import decode
from ._response import HttpResponseInfo

__all__ = ["AsyncStream", "ServerSentEvent", "SseDecoder", "Stream"]

_T = TypeVar("_T")


@dataclasses.dataclass(frozen=True)
class ServerSentEvent:
    """One event as sent: its ``data`` lines joined by newlines."""

    data: str
    event: Optional[str] = None
    id: Optional[str] = None
    retry: Optional[int] = None


class SseDecoder:
    """Turns the lines of a ``text/event-stream`` body into events (WHATWG HTML, 9.2)."""

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: Optional[str] = None
        self._id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, line: str) -> Optional[ServerSentEvent]:
        """Takes one line without its end; returns an event when a blank line completes one."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        if not self._data:
            self._event = None
            return None
        event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
        self._data, self._event = [], None
        return event

    def events(self, lines: Iterable[str]) -> Iterator[ServerSentEvent]:
        for line in lines:
            event = self.feed(line)
            if event is not None:
                yield event
        last = self.feed("")
        if last is not None:
            yield last


def _decode_event(http_response: httpx.Response, item_type: Any, event: ServerSentEvent) -> Any:
    try:
        return decode(item_type, event.data)
    except (ValueError, RecursionError) as error:
        raise ResponseValidationError(http_response, error, event.data.encode("utf-8")) from None


class Stream(HttpResponseInfo, Generic[_T]):
    """Iterates the events of a response as typed values; closes the response at the end.

    Use it in a ``with`` block to close the connection when stopping early.
    """

    def __init__(self, http_response: httpx.Response, item_type: Any) -> None:
        super().__init__(http_response)
        self._item_type = item_type

    def __iter__(self) -> Iterator[_T]:
        for event in self.events():
            yield _decode_event(self.http_response, self._item_type, event)

    def events(self) -> Iterator[ServerSentEvent]:
        """The events as sent, without decoding their data."""
        try:
            yield from SseDecoder().events(self.http_response.iter_lines())
        finally:
            self.http_response.close()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncStream(HttpResponseInfo, Generic[_T]):
    """Iterates the events of a response as typed values; closes the response at the end.

    Use it in an ``async with`` block to close the connection when stopping early.
    """

    def __init__(self, http_response: httpx.Response, item_type: Any) -> None:
        super().__init__(http_response)
        self._item_type = item_type

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for event in self.events():
            yield _decode_event(self.http_response, self._item_type, event)

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """The events as sent, without decoding their data."""
        decoder = SseDecoder()
        try:
            async for line in self.http_response.aiter_lines():
                event = decoder.feed(line)
                if event is not None:
                    yield event
            last = decoder.feed("")
            if last is not None:
                yield last
        finally:
            await self.http_response.aclose()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()
