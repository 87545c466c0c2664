"""Operations on things."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Thing

__all__ = ["AsyncThings", "AsyncThingsWithRawResponse", "Things", "ThingsWithRawResponse"]

_GET_THING = Endpoint(
    method="GET",
    path="/things/{thing-id}",
    response_type=lambda: _models.Thing,
    accept="application/json",
)


class Things:
    """Operations on things."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return ThingsWithRawResponse(self)

    def get(
        self,
        thing_id: str,
        *,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """Gets a thing \"\"\"; DROP TABLE --

        Returns \\"quoted\\" text and ends with a backslash \\

        Args:
            thing_id: Id \"\"\"\" four quotes
            class_: '''single''' and "double" quotes
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Thing",
            self._core.request(
                _GET_THING,
                Params(path={"thing-id": thing_id}, query={"class": class_}),
                request_options,
                self._raw,
            ),
        )


class AsyncThings:
    """Operations on things."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncThingsWithRawResponse(self)

    async def get(
        self,
        thing_id: str,
        *,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """Gets a thing \"\"\"; DROP TABLE --

        Returns \\"quoted\\" text and ends with a backslash \\

        Args:
            thing_id: Id \"\"\"\" four quotes
            class_: '''single''' and "double" quotes
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Thing",
            await self._core.request(
                _GET_THING,
                Params(path={"thing-id": thing_id}, query={"class": class_}),
                request_options,
                self._raw,
            ),
        )


class ThingsWithRawResponse:
    """The methods of :class:`Things` that return a :class:`RawResponse`."""

    def __init__(self, resource: Things) -> None:
        raw = Things(resource._core, raw=True)
        self.get = raw_method(raw.get)


class AsyncThingsWithRawResponse:
    """The methods of :class:`AsyncThings` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncThings) -> None:
        raw = AsyncThings(resource._core, raw=True)
        self.get = async_raw_method(raw.get)
