"""Sentinels and type aliases shared by the whole package."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, Optional, Union

import httpx
from typing_extensions import Literal, TypedDict, final


@final
class NotGiven:
    """The type of :data:`NOT_GIVEN`, the default of every optional argument.

    Leaving an argument out omits it from the request, while ``None`` sends an
    explicit JSON ``null`` where the API allows one.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
"""Marks an argument the caller did not give."""


def require_one_of(names: str, *values: object) -> None:
    """Refuses, before anything is sent, a call that gives none of a group the API needs one of."""
    if all(isinstance(value, NotGiven) for value in values):
        raise ValueError(f"give at least one of {names}")


FileContent = Union[bytes, IO[bytes], os.PathLike[str]]
"""File data: raw bytes, a binary file object or a path to read."""

FileInput = Union[
    FileContent,
    tuple[Optional[str], FileContent],
    tuple[Optional[str], FileContent, Optional[str]],
]
"""File data, optionally with a file name and a content type: ``(name, data, type)``."""

TimeoutInput = Union[float, httpx.Timeout, None]
"""Seconds (for every phase), an :class:`httpx.Timeout`, or ``None`` to wait forever."""


class RequestOptions(TypedDict, total=False):
    """Settings for a single call; each one overrides the client's setting."""

    timeout: TimeoutInput
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    extra_body: Mapping[str, Any]
    """Fields added to an object body, for properties the API description does not list."""
