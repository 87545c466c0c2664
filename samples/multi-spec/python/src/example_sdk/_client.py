"""The clients of the Example APIs, which reach each API at its path."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Optional, Union

import httpx

from ._core import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, environment
from ._tls import DeferredTrustContext
from ._types import NOT_GIVEN, NotGiven, TimeoutInput

if TYPE_CHECKING:
    from .accounts.v1._client import AsyncClient as AccountsV1AsyncClient
    from .accounts.v1._client import Client as AccountsV1Client
    from .messaging.v2._client import AsyncClient as MessagingV2AsyncClient
    from .messaging.v2._client import Client as MessagingV2Client
    from .messaging.v2.resources.messages import AsyncMessages, Messages

__all__ = ["AsyncClient", "Client"]

BASE_URL_VARIABLE = "EXAMPLE_BASE_URL"
"""Where a base URL for every API is read from when the clients are given none."""


@dataclasses.dataclass(frozen=True)
class _Settings:
    """The clients' arguments, which each API's client is made with on first use."""

    username: Optional[str]
    password: Optional[str]
    base_url: Optional[str]
    timeout: Union[TimeoutInput, NotGiven]
    max_retries: int
    default_headers: Optional[Mapping[str, str]]
    follow_foreign_links: bool

    def base_url_of(self, path: str) -> Optional[str]:
        """The base URL of an API whose server URL has ``path``: a given base URL serves every API."""
        return None if self.base_url is None else self.base_url.rstrip("/") + path


def _timeout(timeout: Union[TimeoutInput, NotGiven]) -> TimeoutInput:
    return DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout


class Client:
    """Client for the Example APIs: each API is reached at its path, such as client.accounts.v1, and its client is made on first use with these arguments, sharing this client's connections.

    Args:
        username: Credential for basicAuth. Read from EXAMPLE_USERNAME when not given.
        password: Credential for basicAuth. Read from EXAMPLE_PASSWORD when not given.
        base_url: One URL for every API, each adding its server URL's path (such as /v1); read from EXAMPLE_BASE_URL when not given; by default each API uses its own server.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the APIs' default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client every API sends requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
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
        self._settings = _Settings(
            username=username,
            password=password,
            base_url=environment(None if base_url is None else str(base_url), BASE_URL_VARIABLE),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            follow_foreign_links=follow_foreign_links,
        )
        self._owns_client = http_client is None
        self._http_client = http_client or httpx.Client(timeout=_timeout(timeout), verify=DeferredTrustContext())

    @functools.cached_property
    def accounts(self) -> AccountsNamespace:
        """The accounts APIs: v1."""
        return AccountsNamespace(self._settings, self._http_client)

    @functools.cached_property
    def messaging(self) -> MessagingNamespace:
        """The messaging APIs: v2."""
        return MessagingNamespace(self._settings, self._http_client)

    @functools.cached_property
    def messages(self) -> Messages:
        """client.messaging.v2.messages: the same object, made on first use."""
        return self.messaging.v2.messages

    def close(self) -> None:
        """Closes the HTTP connections every API's client shares (when the client created them)."""
        if self._owns_client:
            self._http_client.close()

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
    """Asynchronous client for the Example APIs: each API is reached at its path, such as client.accounts.v1, and its client is made on first use with these arguments, sharing this client's connections.

    Args:
        username: Credential for basicAuth. Read from EXAMPLE_USERNAME when not given.
        password: Credential for basicAuth. Read from EXAMPLE_PASSWORD when not given.
        base_url: One URL for every API, each adding its server URL's path (such as /v1); read from EXAMPLE_BASE_URL when not given; by default each API uses its own server.
        timeout: Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect.
        max_retries: How often a failed request that is safe to repeat is retried; default 2.
        default_headers: Headers sent with every request; they replace the APIs' default headers of the same name.
        follow_foreign_links: Follow next-page links to another origin than the API's, without credentials; by default such a link raises ForeignLinkError.
        http_client: The httpx client every API sends requests with (for proxies, custom transports and tests); closed by close() only when the client created it.
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
        self._settings = _Settings(
            username=username,
            password=password,
            base_url=environment(None if base_url is None else str(base_url), BASE_URL_VARIABLE),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            follow_foreign_links=follow_foreign_links,
        )
        self._owns_client = http_client is None
        self._http_client = http_client or httpx.AsyncClient(timeout=_timeout(timeout), verify=DeferredTrustContext())

    @functools.cached_property
    def accounts(self) -> AsyncAccountsNamespace:
        """The accounts APIs: v1."""
        return AsyncAccountsNamespace(self._settings, self._http_client)

    @functools.cached_property
    def messaging(self) -> AsyncMessagingNamespace:
        """The messaging APIs: v2."""
        return AsyncMessagingNamespace(self._settings, self._http_client)

    @functools.cached_property
    def messages(self) -> AsyncMessages:
        """client.messaging.v2.messages: the same object, made on first use."""
        return self.messaging.v2.messages

    async def close(self) -> None:
        """Closes the HTTP connections every API's client shares (when the client created them)."""
        if self._owns_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.close()


class AccountsNamespace:
    """The accounts APIs: v1."""

    def __init__(self, settings: _Settings, http_client: httpx.Client) -> None:
        self._settings = settings
        self._http_client = http_client

    @functools.cached_property
    def v1(self) -> AccountsV1Client:
        """The Example Accounts (accounts.yaml), its client made on first use."""
        from .accounts.v1._client import Client as MountClient

        settings = self._settings
        return MountClient(
            username=settings.username,
            password=settings.password,
            base_url=settings.base_url_of("/v1"),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            follow_foreign_links=settings.follow_foreign_links,
            http_client=self._http_client,
        )


class AsyncAccountsNamespace:
    """The accounts APIs: v1."""

    def __init__(self, settings: _Settings, http_client: httpx.AsyncClient) -> None:
        self._settings = settings
        self._http_client = http_client

    @functools.cached_property
    def v1(self) -> AccountsV1AsyncClient:
        """The Example Accounts (accounts.yaml), its client made on first use."""
        from .accounts.v1._client import AsyncClient as MountClient

        settings = self._settings
        return MountClient(
            username=settings.username,
            password=settings.password,
            base_url=settings.base_url_of("/v1"),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            follow_foreign_links=settings.follow_foreign_links,
            http_client=self._http_client,
        )


class MessagingNamespace:
    """The messaging APIs: v2."""

    def __init__(self, settings: _Settings, http_client: httpx.Client) -> None:
        self._settings = settings
        self._http_client = http_client

    @functools.cached_property
    def v2(self) -> MessagingV2Client:
        """The Example Messaging (messaging.yaml), its client made on first use."""
        from .messaging.v2._client import Client as MountClient

        settings = self._settings
        return MountClient(
            username=settings.username,
            password=settings.password,
            base_url=settings.base_url_of(""),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            follow_foreign_links=settings.follow_foreign_links,
            http_client=self._http_client,
        )


class AsyncMessagingNamespace:
    """The messaging APIs: v2."""

    def __init__(self, settings: _Settings, http_client: httpx.AsyncClient) -> None:
        self._settings = settings
        self._http_client = http_client

    @functools.cached_property
    def v2(self) -> MessagingV2AsyncClient:
        """The Example Messaging (messaging.yaml), its client made on first use."""
        from .messaging.v2._client import AsyncClient as MountClient

        settings = self._settings
        return MountClient(
            username=settings.username,
            password=settings.password,
            base_url=settings.base_url_of(""),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            follow_foreign_links=settings.follow_foreign_links,
            http_client=self._http_client,
        )
