"""The arguments of one call."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Optional

from ._types import NOT_GIVEN

__all__ = ["Params"]


@dataclasses.dataclass(frozen=True)
class Params:
    """The arguments of one call, by wire name; values left as ``NOT_GIVEN`` are not sent."""

    path: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    query: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    headers: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    cookies: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    fields: Optional[Mapping[str, Any]] = None
    """Properties of an object body, sent as JSON, form or multipart fields."""
    body: Any = NOT_GIVEN
    """A whole body value: a JSON value, bytes, a file or text."""
    url: Optional[str] = None
    """An absolute URL that replaces the path and query (links to the next page)."""
    foreign: bool = False
    """``url`` is on another origin than the API's: it is sent without credentials."""

    def with_query(self, name: str, value: Any) -> Params:
        """The same call with one query parameter replaced."""
        return dataclasses.replace(self, query={**self.query, name: value})

    def with_url(self, url: str, *, foreign: bool = False) -> Params:
        """A GET of ``url`` with the same header parameters."""
        return Params(headers=self.headers, url=url, foreign=foreign)
