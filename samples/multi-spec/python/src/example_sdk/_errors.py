"""Errors raised by the client, one class per kind of failure."""

from __future__ import annotations

from typing import Any, Optional, Union

import httpx

from ._retry import parse_retry_after

__all__ = [
    "ExampleError",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ForeignLinkError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "MissingFieldError",
    "ModelValidationError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TooManyRedirectsError",
    "UnprocessableEntityError",
]


class ExampleError(Exception):
    """Base class of every error this package raises."""


class MissingCredentialsError(ExampleError):
    """An operation needs credentials that were neither passed nor found in the environment."""


class InvalidRequestError(ExampleError, ValueError):
    """An argument cannot be sent safely; raised before anything is sent, never retried.

    For example a header value with a line break, or ``.`` / ``..`` as a path parameter.
    """


class ForeignLinkError(ExampleError):
    """A next-page link points to another origin than the API's; nothing was sent there.

    Pass ``follow_foreign_links=True`` to the client to follow such links without credentials.
    """

    def __init__(self, link: str) -> None:
        super().__init__(f"Refusing to follow a next-page link to another origin: {link}")
        self.link = link


class TooManyRedirectsError(ExampleError):
    """The server kept redirecting beyond the limit."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        super().__init__(f"More than {limit} redirects; the last one went to {response.headers.get('location')}")
        self.response = response
        self.status_code = response.status_code


class APIConnectionError(ExampleError):
    """The request could not be sent or no response came back."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """No response came back within the configured timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIStatusError(ExampleError):
    """The server answered with an error status (4xx or 5xx).

    ``body`` is the response body decoded into the type the API declares for this
    status when possible, else the JSON value, else the text. ``code`` and ``api_message``
    are the API's own error code and message, read from where the API keeps them (for example
    ``error.code`` and ``error.message``); the exception's message includes both.
    """

    def __init__(
        self,
        response: httpx.Response,
        body: Any,
        *,
        code: Union[str, int, None] = None,
        api_message: Optional[str] = None,
    ) -> None:
        super().__init__(_describe(response, body, code, api_message))
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.code = code
        """The API's own error code, if the body carries one."""
        self.api_message = api_message
        """The API's own error message, if the body carries one."""

    @property
    def raw_body(self) -> bytes:
        """The response body exactly as received."""
        return self.response.content


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``retry_after`` is the server's hint in seconds, if any."""

    @property
    def retry_after(self) -> Optional[float]:
        return parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """Any 5xx status."""


class MissingFieldError(ExampleError, AttributeError):
    """A required field read on a decoded response that did not carry a value of its type.

    The field was missing or its value did not match (see ``model_mismatched``). As an
    ``AttributeError``, ``getattr(model, name, default)`` and ``hasattr`` work as usual.
    """

    def __init__(self, model: str, field: str) -> None:
        super().__init__(
            f"{model}.{field} is required but the response did not carry it "
            f"or carried a value of another type (see model_mismatched)"
        )
        self.model = model
        self.field = field
        self.name = field


class ModelValidationError(ExampleError, ValueError):
    """Values that do not fit a model's declared types, found when a model is built in code.

    ``errors()`` lists each one: ``loc`` (wire names and list indexes leading to the value), ``type``, ``msg``
    and ``input``. Decoded responses do not raise it for their fields (see ``model_mismatched``).
    """

    def __init__(self, model: str, errors: list[dict[str, Any]]) -> None:
        lines = [f"{len(errors)} invalid value{'s' if len(errors) != 1 else ''} for {model}"]
        lines += [f"  {'.'.join(map(str, item['loc'])) or '(top level)'}: {item['msg']}" for item in errors]
        super().__init__("\n".join(lines))
        self.model = model
        self._errors = errors

    def errors(self) -> list[dict[str, Any]]:
        """Each invalid value: ``loc``, ``type``, ``msg`` and ``input``."""
        return [dict(item) for item in self._errors]


class ResponseValidationError(ExampleError):
    """A successful response whose body does not match the type the API declares."""

    def __init__(self, response: httpx.Response, error: BaseException, body: Optional[bytes] = None) -> None:
        super().__init__(f"Unexpected response body for status {response.status_code}: {_reason(error)}")
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body if body is not None else _content(response)
        """The bytes that could not be decoded (for a stream: the event's data)."""


def _reason(error: BaseException) -> str:
    return "nested too deeply" if isinstance(error, RecursionError) else str(error)


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    body: Any,
    *,
    code: Union[str, int, None] = None,
    api_message: Optional[str] = None,
) -> APIStatusError:
    """The error class that matches the response's status."""
    status = response.status_code
    error_class = InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    return error_class(response, body, code=code, api_message=api_message)


def _describe(response: httpx.Response, body: Any, code: Union[str, int, None], api_message: Optional[str]) -> str:
    """``402 Payment Required: Your card was declined. (code: card_declined)``."""
    message = f"{response.status_code} {response.reason_phrase}".rstrip()
    detail = api_message or (body.get("message") if isinstance(body, dict) else None)
    if isinstance(detail, str) and detail:
        message = f"{message}: {detail}"
    elif isinstance(body, str) and body.strip():
        message = f"{message}: {' '.join(body.split())[:500]}"
    return message if code is None else f"{message} (code: {code})"
