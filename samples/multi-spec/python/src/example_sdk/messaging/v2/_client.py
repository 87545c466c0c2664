"""The clients of the Example Messaging."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Optional, Union

import httpx

from ..._auth import Credentials, basic_auth
from ..._core import DEFAULT_MAX_RETRIES, AsyncCore, SyncCore, environment, merge_headers, resolve_base_url
from ..._logging import Redaction
from ..._types import NOT_GIVEN, NotGiven, TimeoutInput

if TYPE_CHECKING:
    from .resources.messages import AsyncMessages, Messages

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://messaging.example.test"
"""The API's server URL; its ``{variables}`` are filled from the clients' arguments."""

_HINTS = {
    "basicAuth": "username= and password= (or set EXAMPLE_USERNAME and EXAMPLE_PASSWORD)",
}
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
    username: Optional[str],
    password: Optional[str],
    base_url: Union[str, httpx.URL, None],
    timeout: Union[TimeoutInput, NotGiven],
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    follow_foreign_links: bool,
) -> dict[str, Any]:
    """Resolves the clients' arguments and the environment into the core's settings."""
    username = environment(username, "EXAMPLE_USERNAME")
    password = environment(password, "EXAMPLE_PASSWORD")
    credentials = Credentials(
        {
            "basicAuth": basic_auth(username, password),
        },
        _HINTS,
    )
    url, overridden, server = resolve_base_url(base_url, "EXAMPLE_BASE_URL", SERVER_URL, {})
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
    """Client for the Example Messaging.

    Messaging, the other API of the Example platform. Its paths carry the version; its Status is another type than Accounts' Status.

    Args:
        username: Credential for basicAuth. Read from EXAMPLE_USERNAME when not given.
        password: Credential for basicAuth. Read from EXAMPLE_PASSWORD when not given.
        base_url: Replaces every server URL of the API; read from EXAMPLE_BASE_URL when not given.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the API's default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client to send requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
    """

    def __init__(
        self,
        *,
        username: Optional[str] = None,
        password: Optional[str] = None,
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
                username=username,
                password=password,
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
    def messages(self) -> Messages:
        from .resources.messages import Messages

        return Messages(self._core)

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
    """Asynchronous client for the Example Messaging.

    Messaging, the other API of the Example platform. Its paths carry the version; its Status is another type than Accounts' Status.

    Args:
        username: Credential for basicAuth. Read from EXAMPLE_USERNAME when not given.
        password: Credential for basicAuth. Read from EXAMPLE_PASSWORD when not given.
        base_url: Replaces every server URL of the API; read from EXAMPLE_BASE_URL when not given.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the API's default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client to send requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
    """

    def __init__(
        self,
        *,
        username: Optional[str] = None,
        password: Optional[str] = None,
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
                username=username,
                password=password,
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
    def messages(self) -> AsyncMessages:
        from .resources.messages import AsyncMessages

        return AsyncMessages(self._core)

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
