"""Credentials and how each kind is put on a request."""

from __future__ import annotations

import base64
import time
from collections.abc import Sequence
from typing import Optional, Union

import httpx

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "ClientCredentialsAuth",
    "Credentials",
    "api_key_auth",
    "basic_auth",
    "bearer_auth",
    "client_credentials_auth",
]

Query = list[tuple[str, str]]


class BasicAuth:
    """HTTP basic authentication."""

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.password = password

    def apply(self, headers: dict[str, str], query: Query) -> None:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"


class BearerAuth:
    """An ``Authorization: Bearer`` token."""

    def __init__(self, token: str) -> None:
        self.token = token

    def apply(self, headers: dict[str, str], query: Query) -> None:
        headers["Authorization"] = f"Bearer {self.token}"


class ApiKeyAuth:
    """A key sent in a header, a query parameter or a cookie."""

    def __init__(self, key: str, *, location: str, name: str) -> None:
        self.key = key
        self.location = location
        self.name = name

    def apply(self, headers: dict[str, str], query: Query) -> None:
        if self.location == "query":
            query.append((self.name, self.key))
        elif self.location == "cookie":
            cookie = f"{self.name}={self.key}"
            existing = headers.get("Cookie")
            headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            headers[self.name] = self.key


class ClientCredentialsAuth:
    """OAuth 2 client credentials: fetches an access token and reuses it until it expires."""

    def __init__(self, client_id: str, client_secret: str, *, token_url: str, scopes: Sequence[str]) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_url = token_url
        self.scopes = tuple(scopes)
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def token_request(self) -> httpx.Request:
        """The request that asks the authorization server for a new token."""
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        headers: dict[str, str] = {}
        BasicAuth(self.client_id, self.client_secret).apply(headers, [])
        return httpx.Request("POST", self.token_url, data=form, headers=headers)

    def needs_token(self) -> bool:
        return self._token is None or time.monotonic() >= self._expires_at

    def store(self, response: httpx.Response) -> None:
        """Keeps the token from the authorization server's successful answer."""
        payload = response.json()
        self._token = str(payload["access_token"])
        lifetime = float(payload.get("expires_in", 3600))
        self._expires_at = time.monotonic() + max(lifetime - 30.0, 0.0)

    def apply(self, headers: dict[str, str], query: Query) -> None:
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"


Auth = Union[BasicAuth, BearerAuth, ApiKeyAuth, ClientCredentialsAuth]


class Credentials:
    """The credentials a client was given, by security scheme name.

    ``hints`` describe, per scheme, how to supply it (arguments and environment
    variables), for the error raised when an operation finds none.
    """

    def __init__(self, schemes: dict[str, Optional[Auth]], hints: dict[str, str]) -> None:
        self._schemes = {name: auth for name, auth in schemes.items() if auth is not None}
        self._hints = hints

    def select(self, alternatives: Sequence[Sequence[str]]) -> Optional[list[Auth]]:
        """The credentials of the first alternative that is fully configured.

        An empty alternative (or none at all) means the operation also works without
        credentials: it is used only when no other alternative is configured. Returns
        ``None`` when every alternative lacks something.
        """
        for alternative in alternatives:
            if alternative and all(name in self._schemes for name in alternative):
                return [self._schemes[name] for name in alternative]
        if not alternatives or any(not alternative for alternative in alternatives):
            return []
        return None

    def username(self, scheme: str) -> Optional[str]:
        """The user name of a basic scheme, if it was given or found in the environment."""
        auth = self._schemes.get(scheme)
        return auth.username if isinstance(auth, BasicAuth) else None

    def secret_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """Lower-case header names and the query parameter names that carry credentials."""
        headers = {"authorization", "proxy-authorization", "cookie"}
        query: set[str] = set()
        for auth in self._schemes.values():
            if isinstance(auth, ApiKeyAuth) and auth.location == "query":
                query.add(auth.name)
            elif isinstance(auth, ApiKeyAuth) and auth.location == "header":
                headers.add(auth.name.lower())
        return frozenset(headers), frozenset(query)

    def missing(self, alternatives: Sequence[Sequence[str]]) -> str:
        """How to supply credentials for an operation that found none."""
        options = [" and ".join(self._hints.get(name, name) for name in choice) for choice in alternatives if choice]
        return "No credentials configured. Provide " + "; or ".join(options) + "."


def basic_auth(username: Optional[str], password: Optional[str]) -> Optional[BasicAuth]:
    """Basic credentials, or ``None`` unless both parts are known."""
    return BasicAuth(username, password) if username is not None and password is not None else None


def bearer_auth(token: Optional[str]) -> Optional[BearerAuth]:
    """A bearer token, or ``None`` when it is not known."""
    return BearerAuth(token) if token is not None else None


def api_key_auth(key: Optional[str], *, location: str, name: str) -> Optional[ApiKeyAuth]:
    """An API key, or ``None`` when it is not known."""
    return ApiKeyAuth(key, location=location, name=name) if key is not None else None


def client_credentials_auth(
    client_id: Optional[str],
    client_secret: Optional[str],
    *,
    token_url: str,
    scopes: Sequence[str],
) -> Optional[ClientCredentialsAuth]:
    """OAuth 2 client credentials, or ``None`` unless both parts are known."""
    if client_id is None or client_secret is None:
        return None
    return ClientCredentialsAuth(client_id, client_secret, token_url=token_url, scopes=scopes)
