"""Python client for the Kitchen Sink Communications API."""

from ._client import AsyncClient, Client
from ._core import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, MAX_REDIRECTS
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ForeignLinkError,
    InternalServerError,
    InvalidRequestError,
    KitchenSinkError,
    MissingCredentialsError,
    MissingFieldError,
    ModelValidationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TooManyRedirectsError,
    UnprocessableEntityError,
)
from ._models import UnknownVariant
from ._pagination import AsyncPager, Page, SyncPager
from ._response import AsyncBinaryResponse, BinaryResponse, RawResponse
from ._streaming import AsyncStream, ServerSentEvent, Stream
from ._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_REDIRECTS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBinaryResponse",
    "AsyncClient",
    "AsyncPager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Client",
    "ConflictError",
    "FileInput",
    "ForeignLinkError",
    "InternalServerError",
    "InvalidRequestError",
    "KitchenSinkError",
    "MissingCredentialsError",
    "MissingFieldError",
    "ModelValidationError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "ServerSentEvent",
    "Stream",
    "SyncPager",
    "TooManyRedirectsError",
    "UnknownVariant",
    "UnprocessableEntityError",
    "__version__",
]
