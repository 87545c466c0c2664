"""The clients of the Kitchen Sink Communications API."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Optional, Union

import httpx

from ._auth import Credentials, api_key_auth, basic_auth, bearer_auth
from ._core import DEFAULT_MAX_RETRIES, AsyncCore, SyncCore, environment, merge_headers, resolve_base_url
from ._hosts import HostRewrite, host_label
from ._logging import Redaction
from ._types import NOT_GIVEN, NotGiven, TimeoutInput

if TYPE_CHECKING:
    from .resources.accounts import Accounts, AsyncAccounts
    from .resources.calls import AsyncCalls, Calls
    from .resources.listings import AsyncListings, Listings
    from .resources.messages import AsyncMessages, Messages
    from .resources.misc import AsyncMisc, Misc
    from .resources.payment_intents import AsyncPaymentIntents, PaymentIntents
    from .resources.pets import AsyncPets, Pets
    from .resources.recordings import AsyncRecordings, Recordings
    from .resources.reminders import AsyncReminders, Reminders

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://{region}.api.kitchensink.test/v1"
"""The API's server URL; its ``{variables}`` are filled from the clients' arguments."""

_HINTS = {
    "accountAuth": "username= and password= (or set KITCHEN_SINK_USERNAME and KITCHEN_SINK_PASSWORD)",
    "apiKeyAuth": "api_key= (or set KITCHEN_SINK_API_KEY)",
    "bearerAuth": "token= (or set KITCHEN_SINK_TOKEN)",
}
"""How to supply each security scheme's credentials, for the error raised when they are missing."""

DEFAULT_HEADERS: dict[str, str] = {
    "KitchenSink-Version": "2026-11-01",
}
"""Sent with every request unless the client's ``default_headers`` or a call's ``extra_headers`` set them."""

REDACTION = Redaction(
    headers=(
        "authorization",
        "cookie",
        "proxy-authorization",
        "x-api-key",
    ),
    query=(),
)
"""What the debug log (the ``logging`` logger named after the package) masks: credential headers and query parameters, personal path values."""


def _settings(
    *,
    username: Optional[str],
    password: Optional[str],
    api_key: Optional[str],
    token: Optional[str],
    region: str,
    account_sid: Optional[str],
    media_region: Optional[str],
    media_edge: Optional[str],
    base_url: Union[str, httpx.URL, None],
    timeout: Union[TimeoutInput, NotGiven],
    max_retries: int,
    default_headers: Optional[Mapping[str, str]],
    follow_foreign_links: bool,
) -> dict[str, Any]:
    """Resolves the clients' arguments and the environment into the core's settings."""
    username = environment(username, "KITCHEN_SINK_USERNAME")
    password = environment(password, "KITCHEN_SINK_PASSWORD")
    api_key = environment(api_key, "KITCHEN_SINK_API_KEY")
    token = environment(token, "KITCHEN_SINK_TOKEN")
    media_region = host_label(media_region, "media_region", "KITCHEN_SINK_MEDIA_REGION")
    media_edge = host_label(media_edge, "media_edge", "KITCHEN_SINK_MEDIA_EDGE")
    credentials = Credentials(
        {
            "accountAuth": basic_auth(username, password),
            "apiKeyAuth": api_key_auth(api_key, location="header", name="X-Api-Key"),
            "bearerAuth": bearer_auth(token),
        },
        _HINTS,
    )
    url, overridden, server = resolve_base_url(base_url, "KITCHEN_SINK_BASE_URL", SERVER_URL, {"region": region})
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
        "path_values": {"AccountSid": account_sid},
        "host_rewrite": HostRewrite(
            hosts=("*.kitchensink.test",),
            rewrite="{host}.{edge}.{region}.kitchensink.test",
            default_region="us1",
            region=media_region,
            edge=media_edge,
        ),
    }


class Client:
    """Client for the Kitchen Sink Communications API.

    A conformance API that exercises every feature an SDK generator must handle.

    Messaging, calls, recordings and accounts, shaped like a real communications
    platform. Each operation carries an `x-conformance` note naming the feature it
    tests. Descriptions deliberately contain characters that break naive code
    generators: */ \"\"\" ''' ` ${x} #{x} <% %> \\ and non-ASCII text (Grüße, 日本語, emoji 📞).

    Args:
        username: Account SID as the user name, auth token as the password. Read from KITCHEN_SINK_USERNAME when not given.
        password: Account SID as the user name, auth token as the password. Read from KITCHEN_SINK_PASSWORD when not given.
        api_key: Credential for apiKeyAuth. Read from KITCHEN_SINK_API_KEY when not given.
        token: Credential for bearerAuth. Read from KITCHEN_SINK_TOKEN when not given.
        region: Server variable region; default us1. One of: us1, ie1, au1.
        account_sid: The AccountSid of calls that leave it out; when not given, the user name is used.
        media_region: Region to send requests for *.kitchensink.test to ({host}.{edge}.{region}.kitchensink.test); read from KITCHEN_SINK_MEDIA_REGION when not given. With only an edge, the region is us1.
        media_edge: Edge to send requests for *.kitchensink.test to ({host}.{edge}.{region}.kitchensink.test); read from KITCHEN_SINK_MEDIA_EDGE when not given.
        base_url: Replaces every server URL of the API; read from KITCHEN_SINK_BASE_URL when not given.
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
        api_key: Optional[str] = None,
        token: Optional[str] = None,
        region: str = "us1",
        account_sid: Optional[str] = None,
        media_region: Optional[str] = None,
        media_edge: Optional[str] = None,
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
                api_key=api_key,
                token=token,
                region=region,
                account_sid=account_sid,
                media_region=media_region,
                media_edge=media_edge,
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
    def accounts(self) -> Accounts:
        """Accounts and their settings."""
        from .resources.accounts import Accounts

        return Accounts(self._core)

    @functools.cached_property
    def calls(self) -> Calls:
        """Voice calls."""
        from .resources.calls import Calls

        return Calls(self._core)

    @functools.cached_property
    def listings(self) -> Listings:
        """Lists that page the ways real APIs do, found without x-pagination."""
        from .resources.listings import Listings

        return Listings(self._core)

    @functools.cached_property
    def messages(self) -> Messages:
        """Send and list messages."""
        from .resources.messages import Messages

        return Messages(self._core)

    @functools.cached_property
    def misc(self) -> Misc:
        """Edge cases that do not fit elsewhere."""
        from .resources.misc import Misc

        return Misc(self._core)

    @functools.cached_property
    def payment_intents(self) -> PaymentIntents:
        """Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped in `error`."""
        from .resources.payment_intents import PaymentIntents

        return PaymentIntents(self._core)

    @functools.cached_property
    def pets(self) -> Pets:
        """Polymorphism corner of the API (oneOf, anyOf, allOf)."""
        from .resources.pets import Pets

        return Pets(self._core)

    @functools.cached_property
    def recordings(self) -> Recordings:
        """Call recordings and media."""
        from .resources.recordings import Recordings

        return Recordings(self._core)

    @functools.cached_property
    def reminders(self) -> Reminders:
        """Reminders, whose times are RFC 2822 text."""
        from .resources.reminders import Reminders

        return Reminders(self._core)

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
    """Asynchronous client for the Kitchen Sink Communications API.

    A conformance API that exercises every feature an SDK generator must handle.

    Messaging, calls, recordings and accounts, shaped like a real communications
    platform. Each operation carries an `x-conformance` note naming the feature it
    tests. Descriptions deliberately contain characters that break naive code
    generators: */ \"\"\" ''' ` ${x} #{x} <% %> \\ and non-ASCII text (Grüße, 日本語, emoji 📞).

    Args:
        username: Account SID as the user name, auth token as the password. Read from KITCHEN_SINK_USERNAME when not given.
        password: Account SID as the user name, auth token as the password. Read from KITCHEN_SINK_PASSWORD when not given.
        api_key: Credential for apiKeyAuth. Read from KITCHEN_SINK_API_KEY when not given.
        token: Credential for bearerAuth. Read from KITCHEN_SINK_TOKEN when not given.
        region: Server variable region; default us1. One of: us1, ie1, au1.
        account_sid: The AccountSid of calls that leave it out; when not given, the user name is used.
        media_region: Region to send requests for *.kitchensink.test to ({host}.{edge}.{region}.kitchensink.test); read from KITCHEN_SINK_MEDIA_REGION when not given. With only an edge, the region is us1.
        media_edge: Edge to send requests for *.kitchensink.test to ({host}.{edge}.{region}.kitchensink.test); read from KITCHEN_SINK_MEDIA_EDGE when not given.
        base_url: Replaces every server URL of the API; read from KITCHEN_SINK_BASE_URL when not given.
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
        api_key: Optional[str] = None,
        token: Optional[str] = None,
        region: str = "us1",
        account_sid: Optional[str] = None,
        media_region: Optional[str] = None,
        media_edge: Optional[str] = None,
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
                api_key=api_key,
                token=token,
                region=region,
                account_sid=account_sid,
                media_region=media_region,
                media_edge=media_edge,
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
    def accounts(self) -> AsyncAccounts:
        """Accounts and their settings."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self._core)

    @functools.cached_property
    def calls(self) -> AsyncCalls:
        """Voice calls."""
        from .resources.calls import AsyncCalls

        return AsyncCalls(self._core)

    @functools.cached_property
    def listings(self) -> AsyncListings:
        """Lists that page the ways real APIs do, found without x-pagination."""
        from .resources.listings import AsyncListings

        return AsyncListings(self._core)

    @functools.cached_property
    def messages(self) -> AsyncMessages:
        """Send and list messages."""
        from .resources.messages import AsyncMessages

        return AsyncMessages(self._core)

    @functools.cached_property
    def misc(self) -> AsyncMisc:
        """Edge cases that do not fit elsewhere."""
        from .resources.misc import AsyncMisc

        return AsyncMisc(self._core)

    @functools.cached_property
    def payment_intents(self) -> AsyncPaymentIntents:
        """Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped in `error`."""
        from .resources.payment_intents import AsyncPaymentIntents

        return AsyncPaymentIntents(self._core)

    @functools.cached_property
    def pets(self) -> AsyncPets:
        """Polymorphism corner of the API (oneOf, anyOf, allOf)."""
        from .resources.pets import AsyncPets

        return AsyncPets(self._core)

    @functools.cached_property
    def recordings(self) -> AsyncRecordings:
        """Call recordings and media."""
        from .resources.recordings import AsyncRecordings

        return AsyncRecordings(self._core)

    @functools.cached_property
    def reminders(self) -> AsyncReminders:
        """Reminders, whose times are RFC 2822 text."""
        from .resources.reminders import AsyncReminders

        return AsyncReminders(self._core)

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
