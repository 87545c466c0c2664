"""Fixtures for the conformance scenarios: the servers, the journal, and sync or async clients."""

from __future__ import annotations

import asyncio
import base64
import email.parser
import email.policy
import inspect
import json
import os
import urllib.request
from collections.abc import AsyncIterable, Iterable
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

import kitchen_sink

WIREMOCK = os.environ.get("SWITCHBOARD_WIREMOCK_URL", "")
PRISM = os.environ.get("SWITCHBOARD_PRISM_URL", "")
MAPPINGS = Path(os.environ.get("SWITCHBOARD_CONFORMANCE_DIR", "")) / "mappings"
BASE_URL = WIREMOCK + "/v1"
SID = "AC0123456789abcdef0123456789abcdef"
TOKEN = "token-secret"
API_KEY = "key-123"
BASIC = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
B256 = bytes(range(256))
CREDENTIAL_VARIABLES = ("KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD", "KITCHEN_SINK_TOKEN", "KITCHEN_SINK_API_KEY")

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def pytest_configure(config: pytest.Config) -> None:
    if not WIREMOCK or not PRISM:
        raise pytest.UsageError(
            "run under conformance/harness.py: SWITCHBOARD_WIREMOCK_URL and SWITCHBOARD_PRISM_URL unset"
        )


def _admin(method: str, path: str, body: bytes | None = None) -> Any:
    request = urllib.request.Request(WIREMOCK + "/__admin" + path, data=body, method=method)
    with _NO_PROXY.open(request, timeout=10) as answer:
        content = answer.read()
    return json.loads(content) if content else None


class Request:
    """One request as WireMock saw it."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self.method: str = entry["method"]
        self.url: str = entry["url"]
        self.headers = {name.lower(): value for name, value in entry.get("headers", {}).items()}
        self.body: bytes = base64.b64decode(entry.get("bodyAsBase64", ""))
        self.logged: int = entry["loggedDate"]

    @property
    def path(self) -> str:
        return self.url.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def media_type(self) -> str:
        return (self.header("content-type") or "").split(";", 1)[0].strip()

    def json(self) -> Any:
        return json.loads(self.body)

    def parts(self) -> list[tuple[dict[str, str], bytes]]:
        """The parts of a multipart body: (headers with lower-case names, content)."""
        head = f"Content-Type: {self.header('content-type')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        parts = []
        for part in message.iter_parts():
            headers = {name.lower(): str(value) for name, value in part.items()}
            parts.append((headers, part.get_payload(decode=True) or b""))
        return parts


class Scenario:
    """Loads one mapping file into a freshly reset WireMock and reads its journal."""

    def load(self, scenario: str) -> None:
        _admin("POST", "/reset")
        _admin("POST", "/mappings/import", (MAPPINGS / f"{scenario}.json").read_bytes())

    def requests(self) -> list[Request]:
        entries = _admin("GET", "/requests")["requests"]
        return [Request(entry["request"]) for entry in reversed(entries)]

    def only_request(self) -> Request:
        requests = self.requests()
        assert len(requests) == 1, [r.url for r in requests]
        return requests[0]


@pytest.fixture
def scenario() -> Scenario:
    return Scenario()


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (*CREDENTIAL_VARIABLES, "KITCHEN_SINK_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


class Kit:
    """Builds clients of one flavour and runs their calls, so each scenario runs sync and async."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour
        self.loop = asyncio.new_event_loop() if flavour == "async" else None
        self._clients: list[Any] = []

    def client(self, **settings: Any) -> Any:
        settings.setdefault("base_url", BASE_URL)
        if "http_client" in settings and self.loop is not None:
            settings["http_client"] = httpx.AsyncClient(transport=settings["http_client"])
        elif "http_client" in settings:
            settings["http_client"] = httpx.Client(transport=settings["http_client"])
        client_class = kitchen_sink.AsyncClient if self.loop is not None else kitchen_sink.Client
        client = client_class(**settings)
        self._clients.append(client)
        return client

    def standard(self, **settings: Any) -> Any:
        """The standard client: WireMock, account SID + auth token, API key."""
        return self.client(username=SID, password=TOKEN, api_key=API_KEY, **settings)

    def run(self, value: Any) -> Any:
        """The value of a call: awaited for the async client."""
        if inspect.isawaitable(value):
            assert self.loop is not None
            return self.loop.run_until_complete(value)
        return value

    def items(self, iterable: Iterable[Any] | AsyncIterable[Any], limit: int | None = None) -> list[Any]:
        """Items of a sync or async iterable, at most ``limit``."""
        if self.loop is None:
            assert isinstance(iterable, Iterable)
            found = []
            for item in iterable:
                found.append(item)
                if limit is not None and len(found) >= limit:
                    break
            return found
        assert isinstance(iterable, AsyncIterable)
        return self.loop.run_until_complete(_collect(iterable, limit))

    def raises(self, error: type[BaseException], call: Callable[[], Any]) -> Any:
        with pytest.raises(error) as caught:
            self.run(call())
        return caught.value

    def close(self) -> None:
        for client in self._clients:
            self.run(client.close())
        if self.loop is not None:
            self.loop.close()


async def _collect(iterable: AsyncIterable[Any], limit: int | None) -> list[Any]:
    found = []
    async for item in iterable:
        found.append(item)
        if limit is not None and len(found) >= limit:
            break
    return found


@pytest.fixture(params=["sync", "async"])
def kit(request: pytest.FixtureRequest) -> Iterable[Kit]:
    made = Kit(request.param)
    yield made
    made.close()


class Forwarding(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records the URLs it is asked for and forwards each request to WireMock, path and query kept."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _forwarded(self, request: httpx.Request) -> httpx.Request:
        self.urls.append(f"{request.method} {request.url}")
        target = httpx.URL(WIREMOCK).copy_with(raw_path=request.url.raw_path)
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"host"]
        return httpx.Request(request.method, target, headers=headers, content=request.read())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(self._forwarded(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(self._forwarded(request))
