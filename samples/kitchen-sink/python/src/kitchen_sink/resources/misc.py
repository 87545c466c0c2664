"""Edge cases that do not fit elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import ReservedWords, StatusEvent, Usage

__all__ = ["AsyncMisc", "AsyncMiscWithRawResponse", "Misc", "MiscWithRawResponse"]

_GET_HEALTH = Endpoint(
    method="GET",
    path="/health",
    response="text",
    accept="text/plain",
)

_CREATE_MISC_RESERVED_WORDS = Endpoint(
    method="POST",
    path="/misc/reserved-words",
    response_type=lambda: _models.ReservedWords,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    body="json",
    body_required=True,
    idempotency_header="Idempotency-Key",
)

_GET_USAGE_MAPS = Endpoint(
    method="GET",
    path="/misc/maps",
    response_type=lambda: _models.Usage,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
)

_STREAM_EVENTS = Endpoint(
    method="GET",
    path="/misc/events",
    response="events",
    response_type=lambda: _models.StatusEvent,
    accept="text/event-stream",
    security=(("accountAuth",), ("bearerAuth",)),
)


class Misc:
    """Edge cases that do not fit elsewhere."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> MiscWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return MiscWithRawResponse(self)

    def get_health(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """Liveness probe; needs no credentials.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("str", self._core.request(_GET_HEALTH, Params(), request_options, self._raw))

    def create_reserved_words(
        self,
        *,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        def_: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[str, NotGiven] = NOT_GIVEN,
        import_: Union[str, NotGiven] = NOT_GIVEN,
        package: Union[str, NotGiven] = NOT_GIVEN,
        func: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        interface: Union[str, NotGiven] = NOT_GIVEN,
        default: Union[str, NotGiven] = NOT_GIVEN,
        async_: Union[bool, NotGiven] = NOT_GIVEN,
        await_: Union[bool, NotGiven] = NOT_GIVEN,
        yield_: Union[int, NotGiven] = NOT_GIVEN,
        self_: Union[str, NotGiven] = NOT_GIVEN,
        this: Union[str, NotGiven] = NOT_GIVEN,
        new: Union[bool, NotGiven] = NOT_GIVEN,
        delete: Union[bool, NotGiven] = NOT_GIVEN,
        none: Union[str, NotGiven] = NOT_GIVEN,
        nil: Union[str, NotGiven] = NOT_GIVEN,
        null: Union[str, NotGiven] = NOT_GIVEN,
        true: Union[bool, NotGiven] = NOT_GIVEN,
        range: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        chan: Union[str, NotGiven] = NOT_GIVEN,
        go: Union[str, NotGiven] = NOT_GIVEN,
        fn: Union[str, NotGiven] = NOT_GIVEN,
        match: Union[str, NotGiven] = NOT_GIVEN,
        content_type: Union[str, NotGiven] = NOT_GIVEN,
        id: Union[str, NotGiven] = NOT_GIVEN,
        schema: Union[str, NotGiven] = NOT_GIVEN,
        snake_case: Union[str, NotGiven] = NOT_GIVEN,
        camel_case: Union[str, NotGiven] = NOT_GIVEN,
        pascal_case: Union[str, NotGiven] = NOT_GIVEN,
        screaming_case: Union[str, NotGiven] = NOT_GIVEN,
        with_space: Union[str, NotGiven] = NOT_GIVEN,
        unicode: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> ReservedWords:
        """Properties named after keywords of every target language.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "ReservedWords",
            self._core.request(
                _CREATE_MISC_RESERVED_WORDS,
                Params(
                    fields={
                        "class": class_,
                        "def": def_,
                        "from": from_,
                        "import": import_,
                        "package": package,
                        "func": func,
                        "type": type,
                        "interface": interface,
                        "default": default,
                        "async": async_,
                        "await": await_,
                        "yield": yield_,
                        "self": self_,
                        "this": this,
                        "new": new,
                        "delete": delete,
                        "None": none,
                        "nil": nil,
                        "null": null,
                        "true": true,
                        "range": range,
                        "select": select,
                        "chan": chan,
                        "go": go,
                        "fn": fn,
                        "match": match,
                        "content-type": content_type,
                        "@id": id,
                        "$schema": schema,
                        "snake_case": snake_case,
                        "camelCase": camel_case,
                        "PascalCase": pascal_case,
                        "SCREAMING_CASE": screaming_case,
                        "with space": with_space,
                        "ünïcödé": unicode,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    def get_usage_maps(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Usage:
        """GET /misc/maps

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Usage", self._core.request(_GET_USAGE_MAPS, Params(), request_options, self._raw))

    def stream_events(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Stream[StatusEvent]:
        """Server-sent events stream.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Stream[StatusEvent]", self._core.stream(_STREAM_EVENTS, Params(), request_options))


class AsyncMisc:
    """Edge cases that do not fit elsewhere."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncMiscWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncMiscWithRawResponse(self)

    async def get_health(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """Liveness probe; needs no credentials.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("str", await self._core.request(_GET_HEALTH, Params(), request_options, self._raw))

    async def create_reserved_words(
        self,
        *,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        def_: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[str, NotGiven] = NOT_GIVEN,
        import_: Union[str, NotGiven] = NOT_GIVEN,
        package: Union[str, NotGiven] = NOT_GIVEN,
        func: Union[str, NotGiven] = NOT_GIVEN,
        type: Union[str, NotGiven] = NOT_GIVEN,
        interface: Union[str, NotGiven] = NOT_GIVEN,
        default: Union[str, NotGiven] = NOT_GIVEN,
        async_: Union[bool, NotGiven] = NOT_GIVEN,
        await_: Union[bool, NotGiven] = NOT_GIVEN,
        yield_: Union[int, NotGiven] = NOT_GIVEN,
        self_: Union[str, NotGiven] = NOT_GIVEN,
        this: Union[str, NotGiven] = NOT_GIVEN,
        new: Union[bool, NotGiven] = NOT_GIVEN,
        delete: Union[bool, NotGiven] = NOT_GIVEN,
        none: Union[str, NotGiven] = NOT_GIVEN,
        nil: Union[str, NotGiven] = NOT_GIVEN,
        null: Union[str, NotGiven] = NOT_GIVEN,
        true: Union[bool, NotGiven] = NOT_GIVEN,
        range: Union[str, NotGiven] = NOT_GIVEN,
        select: Union[str, NotGiven] = NOT_GIVEN,
        chan: Union[str, NotGiven] = NOT_GIVEN,
        go: Union[str, NotGiven] = NOT_GIVEN,
        fn: Union[str, NotGiven] = NOT_GIVEN,
        match: Union[str, NotGiven] = NOT_GIVEN,
        content_type: Union[str, NotGiven] = NOT_GIVEN,
        id: Union[str, NotGiven] = NOT_GIVEN,
        schema: Union[str, NotGiven] = NOT_GIVEN,
        snake_case: Union[str, NotGiven] = NOT_GIVEN,
        camel_case: Union[str, NotGiven] = NOT_GIVEN,
        pascal_case: Union[str, NotGiven] = NOT_GIVEN,
        screaming_case: Union[str, NotGiven] = NOT_GIVEN,
        with_space: Union[str, NotGiven] = NOT_GIVEN,
        unicode: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> ReservedWords:
        """Properties named after keywords of every target language.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "ReservedWords",
            await self._core.request(
                _CREATE_MISC_RESERVED_WORDS,
                Params(
                    fields={
                        "class": class_,
                        "def": def_,
                        "from": from_,
                        "import": import_,
                        "package": package,
                        "func": func,
                        "type": type,
                        "interface": interface,
                        "default": default,
                        "async": async_,
                        "await": await_,
                        "yield": yield_,
                        "self": self_,
                        "this": this,
                        "new": new,
                        "delete": delete,
                        "None": none,
                        "nil": nil,
                        "null": null,
                        "true": true,
                        "range": range,
                        "select": select,
                        "chan": chan,
                        "go": go,
                        "fn": fn,
                        "match": match,
                        "content-type": content_type,
                        "@id": id,
                        "$schema": schema,
                        "snake_case": snake_case,
                        "camelCase": camel_case,
                        "PascalCase": pascal_case,
                        "SCREAMING_CASE": screaming_case,
                        "with space": with_space,
                        "ünïcödé": unicode,
                    },
                ),
                request_options,
                self._raw,
            ),
        )

    async def get_usage_maps(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Usage:
        """GET /misc/maps

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Usage", await self._core.request(_GET_USAGE_MAPS, Params(), request_options, self._raw))

    async def stream_events(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncStream[StatusEvent]:
        """Server-sent events stream.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("AsyncStream[StatusEvent]", await self._core.stream(_STREAM_EVENTS, Params(), request_options))


class MiscWithRawResponse:
    """The methods of :class:`Misc` that return a :class:`RawResponse`."""

    def __init__(self, resource: Misc) -> None:
        raw = Misc(resource._core, raw=True)
        self.get_health = raw_method(raw.get_health)
        self.create_reserved_words = raw_method(raw.create_reserved_words)
        self.get_usage_maps = raw_method(raw.get_usage_maps)


class AsyncMiscWithRawResponse:
    """The methods of :class:`AsyncMisc` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncMisc) -> None:
        raw = AsyncMisc(resource._core, raw=True)
        self.get_health = async_raw_method(raw.get_health)
        self.create_reserved_words = async_raw_method(raw.create_reserved_words)
        self.get_usage_maps = async_raw_method(raw.get_usage_maps)
