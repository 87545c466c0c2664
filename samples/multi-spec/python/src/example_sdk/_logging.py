"""Debug logging of requests, with credentials masked.

Records go to the ``logging`` logger named after this package, at ``DEBUG``; nothing is logged
unless the application enables that level (``logging.getLogger("<package>").setLevel(logging.DEBUG)``
and a handler). Bodies are never logged.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any, Optional
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

from ._encoding import encode_path
from ._models import MASK

LOGGER = logging.getLogger(__name__.rpartition(".")[0] or __name__)


@dataclasses.dataclass(frozen=True)
class Redaction:
    """What the log writes as ``***``: the values of these lower-case header names, query parameters and
    path parameters (by wire name; the personal ones, such as a phone number)."""

    headers: tuple[str, ...] = ("authorization", "cookie", "proxy-authorization")
    query: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    shown_paths: tuple[tuple[str, str], ...] = ()
    """The end of a path as sent and as logged, for one call whose path holds personal values."""

    def with_names(self, headers: Iterable[str], query: Iterable[str]) -> Redaction:
        """These names and more (the credentials the client holds)."""
        return dataclasses.replace(
            self,
            headers=tuple(sorted({*self.headers, *(h.lower() for h in headers)})),
            query=tuple(sorted({*self.query, *query})),
        )

    def for_call(self, template: str, values: Mapping[str, Any]) -> Redaction:
        """This redaction for a call to ``template`` filled with ``values``: its personal path values masked."""
        personal = [name for name in self.path if "{" + name + "}" in template]
        if not personal:
            return self
        shown = template
        for name in personal:
            shown = shown.replace("{" + name + "}", MASK)
        kept = {name: value for name, value in values.items() if name not in personal}
        return dataclasses.replace(self, shown_paths=((encode_path(template, values), encode_path(shown, kept)),))

    def url(self, url: str) -> str:
        """``url`` without user info, its credential query parameters and personal path values masked."""
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2]
        pairs = parts.query.split("&") if parts.query else []
        query = "&".join(self._pair(pair) for pair in pairs)
        return urlunsplit((parts.scheme, netloc, self._path(parts.path), query, parts.fragment))

    def _path(self, path: str) -> str:
        for sent, shown in self.shown_paths:
            if path.endswith(sent):
                return path[: len(path) - len(sent)] + shown
        return path

    def _pair(self, pair: str) -> str:
        name = pair.split("=", 1)[0]
        return f"{name}={MASK}" if unquote(name.replace("+", " ")) in self.query else pair

    def header_text(self, headers: httpx.Headers) -> str:
        """``Name: value`` pairs, credential values masked."""
        return ", ".join(f"{k}: {MASK if k.lower() in self.headers else v}" for k, v in headers.items())


def enabled() -> bool:
    return LOGGER.isEnabledFor(logging.DEBUG)


def sending(redaction: Redaction, request: httpx.Request, attempt: int) -> float:
    """Logs a request about to be sent; returns the time it started."""
    if enabled():
        LOGGER.debug(
            "%s %s (attempt %d) headers: %s",
            request.method,
            redaction.url(str(request.url)),
            attempt + 1,
            redaction.header_text(request.headers),
        )
    return time.monotonic()


def received(redaction: Redaction, request: httpx.Request, status: int, started: float) -> None:
    """Logs the status a request got and how long it took."""
    if enabled():
        LOGGER.debug("%s %s -> %d in %d ms", request.method, redaction.url(str(request.url)), status, _elapsed(started))


def failed(redaction: Redaction, request: httpx.Request, error: Exception, started: float) -> None:
    """Logs a request that got no response."""
    if enabled():
        LOGGER.debug(
            "%s %s failed after %d ms: %s",
            request.method,
            redaction.url(str(request.url)),
            _elapsed(started),
            type(error).__name__,
        )


def retrying(redaction: Redaction, request: httpx.Request, reason: str, delay: float, status: Optional[int]) -> None:
    """Logs a retry: why, and the wait before it."""
    if enabled():
        why = f"status {status}" if status is not None else reason
        LOGGER.debug("retrying %s %s after %s in %.3f s", request.method, redaction.url(str(request.url)), why, delay)


def _elapsed(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
