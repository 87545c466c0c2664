"""Builds, sends and retries requests, and turns responses into values or errors."""

from __future__ import annotations

import dataclasses
import json
import os
import platform
import time
import uuid
from collections.abc import Mapping
from typing import Any, Callable, Optional, Union

import httpx

from . import _logging
from ._auth import ClientCredentialsAuth, Credentials
from ._encoding import (
    check_headers,
    encode_cookies,
    encode_form,
    encode_headers,
    encode_json,
    encode_multipart,
    encode_pairs,
    encode_path,
    encode_query,
    given,
    query_string,
    read_file,
)
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ForeignLinkError,
    MissingCredentialsError,
    ResponseValidationError,
    TooManyRedirectsError,
    status_error,
)
from ._hosts import HostRewrite
from ._logging import Redaction
from ._models import decode, write_fields
from ._pagination import Paging
from ._params import Params
from ._response import AsyncBinaryResponse, BinaryResponse, RawResponse
from ._retry import may_repeat, retry_delay, should_retry
from ._streaming import AsyncStream, Stream
from ._tls import DeferredTrustContext
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutInput
from ._version import __title__, __version__

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Used when neither the client nor a call sets a timeout."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, for failures worth retrying."""

USER_AGENT = f"{__title__}/{__version__} python/{platform.python_version()}"

_CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}

MAX_REDIRECTS = 10
"""Redirects followed for one request before :class:`TooManyRedirectsError`."""

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_BODY_HEADERS = frozenset({"content-type", "content-length", "transfer-encoding"})


@dataclasses.dataclass(frozen=True)
class Endpoint:
    """What the API description says about one operation."""

    method: str
    path: str
    response: str = "json"
    """How the success body is read: ``json``, ``text``, ``binary``, ``events`` or ``none``; ``deleted`` reads no body
    and returns whether the server deleted (any success but 202 Accepted, which only queued the delete)."""
    response_type: Optional[Callable[[], Any]] = None
    """Returns the success body's type; called when needed, so models load on first use."""
    accept: Optional[str] = None
    errors: Mapping[str, Callable[[], Any]] = dataclasses.field(default_factory=dict)
    """Return the body types of error responses by status: ``"404"``, ``"4XX"`` or ``"default"``."""
    security: tuple[tuple[str, ...], ...] = ()
    """Alternatives of security schemes; one fully configured alternative is used."""
    server: Optional[str] = None
    """The operation's own server URL, used unless the client was given a base URL."""
    body: Optional[str] = None
    """How the request body is sent: ``json``, ``form``, ``multipart``, ``binary`` or ``text``."""
    body_required: bool = False
    body_format: Any = None
    """How the body's values are written where their JSON form is not the usual one: ``lambda: {table}`` for an object
    body (its model's ``__wire_formats__``, given here so that a call loads no model class to send its arguments), or
    any format of ``BaseModel.__wire_formats__``."""
    content_type: Optional[str] = None
    query_styles: Mapping[str, str] = dataclasses.field(default_factory=dict)
    form_styles: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """How each form field's arrays and objects are written (see :func:`encode_form`)."""
    part_types: Mapping[str, str] = dataclasses.field(default_factory=dict)
    idempotency_header: Optional[str] = None
    paging: Optional[Paging] = None
    page_size: Optional[tuple[str, int]] = None
    """The query parameter that sets a page's size and the most it takes: an item limit asks for pages of its size."""
    error_fields: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = dataclasses.field(default_factory=dict)
    """Where each error body keeps the API's own code and message: paths of wire names, by status."""
    path_defaults: Mapping[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    """Path parameters a call may leave out: the basic scheme whose user name they take, and its variable."""

    def value_type(self) -> Any:
        """The declared type of the success body, if any."""
        return self.response_type() if self.response_type is not None else None

    def error_type(self, status: int) -> Any:
        """The declared body type for an error status, if any (loaded now, on first use)."""
        load: Optional[Callable[[], Any]] = self._by_status(self.errors, status)
        return load() if load is not None else None

    def error_paths(self, status: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The paths of the API's error code and message in the body of an error status."""
        paths: Optional[tuple[tuple[str, ...], tuple[str, ...]]] = self._by_status(self.error_fields, status)
        return paths if paths is not None else ((), ())

    @staticmethod
    def _by_status(table: Mapping[str, Any], status: int) -> Any:
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in table:
                return table[key]
        return None


@dataclasses.dataclass
class _Prepared:
    method: str
    url: str
    headers: dict[str, str]
    content: Optional[bytes] = None


class _BaseCore:
    def __init__(
        self,
        *,
        base_url: str,
        base_url_overridden: bool,
        credentials: Credentials,
        timeout: Union[TimeoutInput, NotGiven],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
        server_url: Optional[str] = None,
        follow_foreign_links: bool = False,
        host_rewrite: Optional[HostRewrite] = None,
        path_values: Optional[Mapping[str, Optional[str]]] = None,
        redaction: Optional[Redaction] = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.base_url_overridden = base_url_overridden
        self.server_url = server_url or base_url
        """The API's own server (variables filled in), whatever the base URL."""
        self.follow_foreign_links = follow_foreign_links
        self.credentials = credentials
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = dict(default_headers or {})
        self.host_rewrite = host_rewrite
        """Moves requests to the client's region and edge, when the API has them."""
        self.path_values = {name: value for name, value in (path_values or {}).items() if value is not None}
        """Path parameters' values from client options, used where a call leaves them out."""
        self.redaction = (redaction or Redaction()).with_names(*credentials.secret_names())
        """What the debug log masks: the API's credential headers and query parameters, and the client's."""

    def _prepare(self, endpoint: Endpoint, params: Params, options: RequestOptions) -> _Prepared:
        headers = merge_headers({"User-Agent": USER_AGENT}, self.default_headers)
        if endpoint.accept:
            headers["Accept"] = endpoint.accept
        headers = merge_headers(headers, encode_headers(params.headers))
        if params.cookies:
            headers["Cookie"] = encode_cookies(params.cookies)
        headers = merge_headers(headers, options.get("extra_headers", {}))
        if endpoint.idempotency_header and not _has_header(headers, endpoint.idempotency_header):
            headers[endpoint.idempotency_header] = str(uuid.uuid4())
        query = encode_query(params.query, endpoint.query_styles)
        raw_query = list(options.get("extra_query", {}).items())
        prepared = _Prepared(endpoint.method, "", headers)
        if params.foreign:
            secret_headers, secret_query = self.credentials.secret_names()
            prepared.headers = {k: v for k, v in headers.items() if k.lower() not in secret_headers}
            raw_query = [(k, v) for k, v in raw_query if k not in secret_query]
        else:
            self._authenticate(endpoint, prepared, raw_query)
        prepared.url = self._url(endpoint, params, query + encode_pairs(raw_query))
        self._encode_body(endpoint, params, options, prepared)
        check_headers(prepared.headers)
        return prepared

    def _redaction(self, endpoint: Endpoint, params: Params) -> Redaction:
        """What the log masks for one call: the client's redaction, and the call's personal path values."""
        if params.url is not None or not self.redaction.path:
            return self.redaction
        return self.redaction.for_call(endpoint.path, self._path_values(endpoint, params.path))

    def _server(self, endpoint: Endpoint) -> str:
        """Where the operation is sent: the base URL, or the operation's own server."""
        return self.base_url if self.base_url_overridden or not endpoint.server else endpoint.server

    def next_link(self, endpoint: Endpoint, page_url: httpx.URL, link: str) -> tuple[str, bool]:
        """The URL to fetch for a next-page ``link`` found in the page at ``page_url``, and whether
        it is foreign (to be sent without credentials).

        A link on the page's own origin is followed as is. A link on the API's server (as the
        API describes it) is moved onto the base URL: origin replaced, the server's path prefix
        replaced by the base URL's. Any other origin raises :class:`ForeignLinkError` unless the
        client was created with ``follow_foreign_links=True``. A link that is an absolute path
        (``/2010-04-01/...``) is a path on the API's server, so it is moved onto the base URL too.
        """
        api = httpx.URL(endpoint.server or self.server_url)
        if _is_absolute_path(link):
            return _rebase(api.join(link), api, self._server(endpoint)), False
        target = page_url.join(link)
        if _origin(target) == _origin(page_url):
            return str(target), False
        if _origin(target) == _origin(api):
            return _rebase(target, api, self._server(endpoint)), False
        if self.follow_foreign_links:
            return str(target), True
        raise ForeignLinkError(link)

    def _redirect(
        self, first: httpx.Request, request: httpx.Request, response: httpx.Response, hops: int
    ) -> Optional[httpx.Request]:
        """The request a redirect asks for, or ``None`` when ``response`` is not one.

        Credentials go only to the origin of the first request; 303 (and 301/302 after a POST)
        become a GET without body, as browsers do.
        """
        location = response.headers.get("location")
        if response.status_code not in _REDIRECT_STATUSES or not location:
            return None
        if hops >= MAX_REDIRECTS:
            raise TooManyRedirectsError(response, MAX_REDIRECTS)
        target = request.url.join(location)
        method, content = request.method, request.content
        headers = [(k, v) for k, v in request.headers.items() if k.lower() != "host"]
        if _becomes_get(response.status_code, method):
            method, content = "GET", b""
            headers = [(k, v) for k, v in headers if k.lower() not in _BODY_HEADERS]
        secret_headers, secret_query = self.credentials.secret_names()
        headers = [(k, v) for k, v in headers if k.lower() not in secret_headers]
        if _origin(target) == _origin(first.url):
            headers += [(k, v) for k, v in first.headers.items() if k.lower() in secret_headers]
        else:
            kept = [(k, v) for k, v in target.params.multi_items() if k not in secret_query]
            target = target.copy_with(params=kept) if len(kept) != len(target.params.multi_items()) else target
        return httpx.Request(method, target, headers=headers, content=content or None, extensions=request.extensions)

    def _url(self, endpoint: Endpoint, params: Params, query: list[tuple[str, str]]) -> str:
        server = self._server(endpoint)
        if params.url is not None:
            url = str(httpx.URL(server).join(params.url))
        else:
            url = server.rstrip("/") + encode_path(endpoint.path, self._path_values(endpoint, params.path))
        if self.host_rewrite is not None:
            url = self.host_rewrite.url(url)
        if not query:
            return url
        return url + ("&" if "?" in url else "?") + query_string(query)

    def _path_values(self, endpoint: Endpoint, given: Mapping[str, Any]) -> Mapping[str, Any]:
        """The path parameters, those left out taking the client's option or else the user name."""
        values = dict(given)
        for name, (scheme, variable) in endpoint.path_defaults.items():
            if isinstance(values.get(name, NOT_GIVEN), NotGiven):
                username = self.path_values.get(name) or self.credentials.username(scheme)
                if username is None:
                    raise MissingCredentialsError(
                        f"{name} was not given and there is no user name to take it from: pass it, or set {variable}"
                    )
                values[name] = username
        return values

    def _authenticate(self, endpoint: Endpoint, prepared: _Prepared, query: list[tuple[str, str]]) -> None:
        selected = self.credentials.select(endpoint.security)
        if selected is None:
            raise MissingCredentialsError(self.credentials.missing(endpoint.security))
        for auth in selected:
            auth.apply(prepared.headers, query)

    def _encode_body(self, endpoint: Endpoint, params: Params, options: RequestOptions, prepared: _Prepared) -> None:
        kind = endpoint.body
        if kind is None:
            return
        if params.fields is not None:
            fields = {**given(params.fields), **options.get("extra_body", {})}
            if not fields and not endpoint.body_required:
                return
            if endpoint.body_format is not None:
                fields = write_fields(fields, endpoint.body_format, only_formatted=True)
            if kind == "multipart":
                prepared.content, prepared.headers["Content-Type"] = encode_multipart(fields, endpoint.part_types)
                return
            prepared.content = encode_form(fields, endpoint.form_styles) if kind == "form" else encode_json(fields)
        elif isinstance(params.body, NotGiven):
            return
        elif kind == "binary":
            prepared.content = read_file(params.body)[1]
        elif kind == "text":
            prepared.content = str(params.body).encode("utf-8")
        else:
            prepared.content = encode_json(params.body, endpoint.body_format)
        prepared.headers.setdefault("Content-Type", endpoint.content_type or _CONTENT_TYPES.get(kind, kind))

    def _timeout(self, options: RequestOptions) -> Any:
        if "timeout" in options:
            return options["timeout"]
        return httpx.USE_CLIENT_DEFAULT if isinstance(self.timeout, NotGiven) else self.timeout

    def _retries(self, options: RequestOptions) -> int:
        return max(options.get("max_retries", self.max_retries), 0)

    def _repeatable(self, endpoint: Endpoint, request: httpx.Request) -> bool:
        key = endpoint.idempotency_header or "Idempotency-Key"
        return may_repeat(request.method, key in request.headers)

    def _parse(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        if endpoint.response == "none":
            return None
        if endpoint.response == "deleted":
            return response.status_code != 202
        if endpoint.response == "text":
            return response.text
        try:
            return decode(endpoint.value_type(), response.content)
        except (ValueError, RecursionError) as error:
            raise ResponseValidationError(response, error) from None

    def _status_error(self, endpoint: Endpoint, response: httpx.Response) -> APIStatusError:
        declared = endpoint.error_type(response.status_code)
        plain = _plain_body(response)
        code_path, message_path = endpoint.error_paths(response.status_code)
        found_code, found_message = _at(plain, code_path), _at(plain, message_path)
        code = found_code if isinstance(found_code, (str, int)) and not isinstance(found_code, bool) else None
        message = found_message if isinstance(found_message, str) else None
        if declared is not None:
            try:
                return status_error(response, decode(declared, response.content), code=code, api_message=message)
            except (ValueError, RecursionError):
                pass
        return status_error(response, plain, code=code, api_message=message)

    @staticmethod
    def _store_token(auth: ClientCredentialsAuth, response: httpx.Response) -> None:
        if not response.is_success:
            raise status_error(response, _plain_body(response))
        auth.store(response)


class SyncCore(_BaseCore):
    """Sends requests with an :class:`httpx.Client`."""

    def __init__(self, *, http_client: Optional[httpx.Client], **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_client = http_client is None
        timeout = DEFAULT_TIMEOUT if isinstance(self.timeout, NotGiven) else self.timeout
        self.http_client = http_client or httpx.Client(timeout=timeout, verify=DeferredTrustContext())

    def request(self, endpoint: Endpoint, params: Params, options: Optional[RequestOptions], raw: bool = False) -> Any:
        """Sends the request and returns the decoded body (or a :class:`RawResponse` when ``raw``)."""
        response = self.send(endpoint, params, options or {}, stream=False)
        value = self._parse(endpoint, response)
        return RawResponse(response, value) if raw else value

    def stream(self, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]) -> Stream[Any]:
        """Sends the request and returns its server-sent events as typed values."""
        return Stream(self.send(endpoint, params, options or {}, stream=True), endpoint.value_type())

    def binary(self, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]) -> BinaryResponse:
        """Sends the request and returns the body unread, to be read whole or streamed."""
        return BinaryResponse(self.send(endpoint, params, options or {}, stream=True))

    def send(self, endpoint: Endpoint, params: Params, options: RequestOptions, *, stream: bool) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises."""
        prepared = self._prepare(endpoint, params, options)
        redaction = self._redaction(endpoint, params)
        self._refresh_tokens(endpoint, prepared)
        request = self.http_client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            timeout=self._timeout(options),
        )
        first, retries = request, self._retries(options)
        attempt = hops = 0
        while True:
            repeatable = self._repeatable(endpoint, request)
            started = _logging.sending(redaction, request, attempt)
            try:
                response = self.http_client.send(request, stream=stream, follow_redirects=False)
            except httpx.TimeoutException as error:
                _logging.failed(redaction, request, error, started)
                raise APITimeoutError(request) from error
            except httpx.TransportError as error:
                _logging.failed(redaction, request, error, started)
                if repeatable and attempt < retries:
                    attempt += 1
                    delay = retry_delay(attempt, None)
                    _logging.retrying(redaction, request, "a connection failure", delay, None)
                    time.sleep(delay)
                    continue
                raise APIConnectionError(request) from error
            _logging.received(redaction, request, response.status_code, started)
            if response.is_success:
                return response
            redirected = self._redirect(first, request, response, hops)
            if redirected is not None:
                response.close()
                request, hops = redirected, hops + 1
                continue
            if repeatable and attempt < retries and should_retry(response):
                attempt += 1
                response.close()
                delay = retry_delay(attempt, response)
                _logging.retrying(redaction, request, "", delay, response.status_code)
                time.sleep(delay)
                continue
            response.read()
            response.close()
            raise self._status_error(endpoint, response)

    def _refresh_tokens(self, endpoint: Endpoint, prepared: _Prepared) -> None:
        for auth in self.credentials.select(endpoint.security) or []:
            if isinstance(auth, ClientCredentialsAuth):
                if auth.needs_token():
                    self._store_token(auth, self.http_client.send(auth.token_request()))
                auth.apply(prepared.headers, [])

    def close(self) -> None:
        """Closes the HTTP client if this package created it."""
        if self._owns_client:
            self.http_client.close()


class AsyncCore(_BaseCore):
    """Sends requests with an :class:`httpx.AsyncClient`."""

    def __init__(self, *, http_client: Optional[httpx.AsyncClient], **settings: Any) -> None:
        super().__init__(**settings)
        self._owns_client = http_client is None
        timeout = DEFAULT_TIMEOUT if isinstance(self.timeout, NotGiven) else self.timeout
        self.http_client = http_client or httpx.AsyncClient(timeout=timeout, verify=DeferredTrustContext())

    async def request(
        self,
        endpoint: Endpoint,
        params: Params,
        options: Optional[RequestOptions],
        raw: bool = False,
    ) -> Any:
        """Sends the request and returns the decoded body (or a :class:`RawResponse` when ``raw``)."""
        response = await self.send(endpoint, params, options or {}, stream=False)
        value = self._parse(endpoint, response)
        return RawResponse(response, value) if raw else value

    async def stream(self, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]) -> AsyncStream[Any]:
        """Sends the request and returns its server-sent events as typed values."""
        return AsyncStream(await self.send(endpoint, params, options or {}, stream=True), endpoint.value_type())

    async def binary(
        self, endpoint: Endpoint, params: Params, options: Optional[RequestOptions]
    ) -> AsyncBinaryResponse:
        """Sends the request and returns the body unread, to be read whole or streamed."""
        return AsyncBinaryResponse(await self.send(endpoint, params, options or {}, stream=True))

    async def send(
        self, endpoint: Endpoint, params: Params, options: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        """Sends with retries; returns a 2xx response or raises."""
        prepared = self._prepare(endpoint, params, options)
        redaction = self._redaction(endpoint, params)
        await self._refresh_tokens(endpoint, prepared)
        request = self.http_client.build_request(
            prepared.method,
            prepared.url,
            headers=prepared.headers,
            content=prepared.content,
            timeout=self._timeout(options),
        )
        first, retries = request, self._retries(options)
        attempt = hops = 0
        while True:
            repeatable = self._repeatable(endpoint, request)
            started = _logging.sending(redaction, request, attempt)
            try:
                response = await self.http_client.send(request, stream=stream, follow_redirects=False)
            except httpx.TimeoutException as error:
                _logging.failed(redaction, request, error, started)
                raise APITimeoutError(request) from error
            except httpx.TransportError as error:
                _logging.failed(redaction, request, error, started)
                if repeatable and attempt < retries:
                    attempt += 1
                    delay = retry_delay(attempt, None)
                    _logging.retrying(redaction, request, "a connection failure", delay, None)
                    await _sleep(delay)
                    continue
                raise APIConnectionError(request) from error
            _logging.received(redaction, request, response.status_code, started)
            if response.is_success:
                return response
            redirected = self._redirect(first, request, response, hops)
            if redirected is not None:
                await response.aclose()
                request, hops = redirected, hops + 1
                continue
            if repeatable and attempt < retries and should_retry(response):
                attempt += 1
                await response.aclose()
                delay = retry_delay(attempt, response)
                _logging.retrying(redaction, request, "", delay, response.status_code)
                await _sleep(delay)
                continue
            await response.aread()
            await response.aclose()
            raise self._status_error(endpoint, response)

    async def _refresh_tokens(self, endpoint: Endpoint, prepared: _Prepared) -> None:
        for auth in self.credentials.select(endpoint.security) or []:
            if isinstance(auth, ClientCredentialsAuth):
                if auth.needs_token():
                    self._store_token(auth, await self.http_client.send(auth.token_request()))
                auth.apply(prepared.headers, [])

    async def close(self) -> None:
        """Closes the HTTP client if this package created it."""
        if self._owns_client:
            await self.http_client.aclose()


async def _sleep(delay: float) -> None:
    import anyio  # only async clients wait with it: importing the package does not load it

    await anyio.sleep(delay)


def _plain_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, else as text."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return response.text


def _at(body: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of keys in a JSON value, or ``None``."""
    if not path:
        return None
    for key in path:
        body = body.get(key) if isinstance(body, dict) else None
    return body


def merge_headers(headers: Mapping[str, str], more: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with ``more`` set over them; names are compared without case."""
    replaced = {name.lower() for name in more}
    merged = {name: value for name, value in headers.items() if name.lower() not in replaced}
    merged.update(more)
    return merged


def _has_header(headers: Mapping[str, str], name: str) -> bool:
    return any(key.lower() == name.lower() for key in headers)


def resolve_base_url(
    explicit: Union[str, httpx.URL, None],
    environment_variable: str,
    template: str,
    variables: Mapping[str, str],
) -> tuple[str, bool, str]:
    """The base URL, whether it was given (as an argument or in the environment), and the API's
    server with its variables filled in.

    A given URL replaces every server, the operations' own included; otherwise the API's
    server is used.
    """
    server = template
    for name, value in variables.items():
        server = server.replace("{" + name + "}", value)
    chosen = explicit if explicit is not None else os.environ.get(environment_variable)
    url = str(chosen) if chosen is not None else server
    if not httpx.URL(url).is_absolute_url:
        raise ValueError(f"No absolute base URL: pass base_url= or set {environment_variable}.")
    return url, chosen is not None, server


def _becomes_get(status: int, method: str) -> bool:
    return (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST")


def _origin(url: httpx.URL) -> tuple[str, str, Optional[int]]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def _is_absolute_path(link: str) -> bool:
    """``/path``: no scheme, no authority (``//host`` is another origin)."""
    return link.startswith("/") and not link.startswith("//")


def _rebase(target: httpx.URL, api: httpx.URL, base: str) -> str:
    """``target`` (on the API's server) moved onto ``base``, keeping the rest of its path and its query."""
    path, prefix = target.raw_path.decode("ascii"), api.raw_path.decode("ascii").split("?")[0].rstrip("/")
    if path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?"):
        path = path[len(prefix) :]
    return base.rstrip("/") + (path if path.startswith(("/", "?")) or not path else "/" + path)


def environment(value: Optional[str], variable: str) -> Optional[str]:
    """``value``, or the environment variable when ``value`` is ``None``."""
    return value if value is not None else os.environ.get(variable)
