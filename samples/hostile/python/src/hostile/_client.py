"""The clients of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Optional, Union

import httpx

from ._auth import Credentials
from ._core import DEFAULT_MAX_RETRIES, AsyncCore, SyncCore, merge_headers, resolve_base_url
from ._logging import Redaction
from ._types import NOT_GIVEN, NotGiven, TimeoutInput

if TYPE_CHECKING:
    from .resources.n2fa import AsyncN2fa, N2fa
    from .resources.things import AsyncThings, Things

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://hostile.example.test"
"""The API's server URL; its ``{variables}`` are filled from the clients' arguments."""

_HINTS: dict[str, str] = {}
"""How to supply each security scheme's credentials, for the error raised when they are missing."""

DEFAULT_HEADERS: dict[str, str] = {}
"""Sent with every request unless the client's ``default_headers`` or a call's ``extra_headers`` set them."""

REDACTION = Redaction(
    headers=(
        "authorization",
        "cookie",
        "proxy-authorization",
    ),
    query=(),
)
"""What the debug log (the ``logging`` logger named after the package) masks: credential headers and query parameters, personal path values."""


def _settings(
    *,
    base_url: Union[str, httpx.URL, None],
    timeout: Union[TimeoutInput, NotGiven],
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    follow_foreign_links: bool,
) -> dict[str, Any]:
    """Resolves the clients' arguments and the environment into the core's settings."""
    credentials = Credentials({}, _HINTS)
    url, overridden, server = resolve_base_url(base_url, "HOSTILE_BASE_URL", SERVER_URL, {})
    return {
        "base_url": url,
        "base_url_overridden": overridden,
        "server_url": server,
        "follow_foreign_links": follow_foreign_links,
        "credentials": credentials,
        "timeout": timeout,
        "max_retries": max_retries,
        "default_headers": merge_headers(DEFAULT_HEADERS, default_headers or {}),
        "redaction": REDACTION,
    }


class Client:
    """Client for the Hostile \"\"\" API */ ${x}.

    Ends a docstring early: \"\"\" and ''' then \\ backslash, \\N{BULLET}, `backticks`, ${x}, #{x}, <% %>, */ /* and non-ASCII Grüße 日本語 📞.
        tabbed line
    \u2028line separator and a NUL \x00 char.
    Last line ends with a quote "

    Args:
        base_url: Replaces every server URL of the API; read from HOSTILE_BASE_URL when not given.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the API's default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client to send requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
    """

    def __init__(
        self,
        *,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[TimeoutInput, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        follow_foreign_links: bool = False,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        self._core = SyncCore(
            http_client=http_client,
            **_settings(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                follow_foreign_links=follow_foreign_links,
            ),
        )

    @property
    def base_url(self) -> str:
        """The URL requests are sent to, unless an operation has its own server."""
        return self._core.base_url

    @functools.cached_property
    def n2fa(self) -> N2fa:
        from .resources.n2fa import N2fa

        return N2fa(self._core)

    @functools.cached_property
    def things(self) -> Things:
        from .resources.things import Things

        return Things(self._core)

    def close(self) -> None:
        """Closes the HTTP connections (when the client created its httpx client)."""
        self._core.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the Hostile \"\"\" API */ ${x}.

    Ends a docstring early: \"\"\" and ''' then \\ backslash, \\N{BULLET}, `backticks`, ${x}, #{x}, <% %>, */ /* and non-ASCII Grüße 日本語 📞.
        tabbed line
    \u2028line separator and a NUL \x00 char.
    Last line ends with a quote "

    Args:
        base_url: Replaces every server URL of the API; read from HOSTILE_BASE_URL when not given.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the API's default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client to send requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
    """

    def __init__(
        self,
        *,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[TimeoutInput, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        follow_foreign_links: bool = False,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        self._core = AsyncCore(
            http_client=http_client,
            **_settings(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                follow_foreign_links=follow_foreign_links,
            ),
        )

    @property
    def base_url(self) -> str:
        """The URL requests are sent to, unless an operation has its own server."""
        return self._core.base_url

    @functools.cached_property
    def n2fa(self) -> AsyncN2fa:
        from .resources.n2fa import AsyncN2fa

        return AsyncN2fa(self._core)

    @functools.cached_property
    def things(self) -> AsyncThings:
        from .resources.things import AsyncThings

        return AsyncThings(self._core)

    async def close(self) -> None:
        """Closes the HTTP connections (when the client created its httpx client)."""
        await self._core.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()
