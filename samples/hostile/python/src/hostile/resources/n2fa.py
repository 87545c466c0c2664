"""Operations on 2fa."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import OddNames

__all__ = ["AsyncN2fa", "AsyncN2faWithRawResponse", "N2fa", "N2faWithRawResponse"]

_2FA = Endpoint(
    method="POST",
    path="/2fa/{code}",
    response_type=lambda: _models.OddNames,
    accept="application/json",
)


class N2fa:
    """Operations on 2fa."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> N2faWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return N2faWithRawResponse(self)

    def n2fa(
        self,
        code: str,
        *,
        l_: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> OddNames:
        """A tag and an operationId that start with a digit.

        Args:
            l_: An ambiguous one-letter name (ruff E741).
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "OddNames",
            self._core.request(_2FA, Params(path={"code": code}, query={"l": l_}), request_options, self._raw),
        )


class AsyncN2fa:
    """Operations on 2fa."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncN2faWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncN2faWithRawResponse(self)

    async def n2fa(
        self,
        code: str,
        *,
        l_: Union[int, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> OddNames:
        """A tag and an operationId that start with a digit.

        Args:
            l_: An ambiguous one-letter name (ruff E741).
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "OddNames",
            await self._core.request(_2FA, Params(path={"code": code}, query={"l": l_}), request_options, self._raw),
        )


class N2faWithRawResponse:
    """The methods of :class:`N2fa` that return a :class:`RawResponse`."""

    def __init__(self, resource: N2fa) -> None:
        raw = N2fa(resource._core, raw=True)
        self.n2fa = raw_method(raw.n2fa)


class AsyncN2faWithRawResponse:
    """The methods of :class:`AsyncN2fa` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncN2fa) -> None:
        raw = AsyncN2fa(resource._core, raw=True)
        self.n2fa = async_raw_method(raw.n2fa)
