"""Polymorphism corner of the API (oneOf, anyOf, allOf)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, OffsetPaging, SyncPager
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import CatParam, DogParam, FetchPetOwnerResponse, LizardParam, Pet

__all__ = ["AsyncPets", "AsyncPetsWithRawResponse", "Pets", "PetsWithRawResponse"]

_LIST_PETS = Endpoint(
    method="GET",
    path="/pets",
    response_type=lambda: _models.ListPetsResponse,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    paging=OffsetPaging(items=("pets",), offset_param="offset", limit_param="limit"),
    page_size=("limit", 100),
)

_CREATE_PET = Endpoint(
    method="POST",
    path="/pets",
    response_type=lambda: _models.Pet,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    body="json",
    body_required=True,
    idempotency_header="Idempotency-Key",
)

_FETCH_PET_OWNER = Endpoint(
    method="GET",
    path="/pets/{petId}/owner",
    response_type=lambda: _models.FetchPetOwnerResponse,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
)


class Pets:
    """Polymorphism corner of the API (oneOf, anyOf, allOf)."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> PetsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return PetsWithRawResponse(self)

    def list(
        self,
        *,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Pet]:
        """List pets (offset pagination, discriminated union items).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_PETS,
            Params(query={"offset": offset, "limit": limit}),
            request_options,
            limit=max_items,
        )

    def create(
        self,
        body: Union[Pet, CatParam, DogParam, LizardParam],
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Pet:
        """POST /pets

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Pet", self._core.request(_CREATE_PET, Params(body=body), request_options, self._raw))

    def fetch_owner(
        self,
        pet_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FetchPetOwnerResponse:
        """Owner is either a person or an organisation (anyOf, no discriminator).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "FetchPetOwnerResponse",
            self._core.request(_FETCH_PET_OWNER, Params(path={"petId": pet_id}), request_options, self._raw),
        )


class AsyncPets:
    """Polymorphism corner of the API (oneOf, anyOf, allOf)."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncPetsWithRawResponse(self)

    def list(
        self,
        *,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Pet]:
        """List pets (offset pagination, discriminated union items).

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_PETS,
            Params(query={"offset": offset, "limit": limit}),
            request_options,
            limit=max_items,
        )

    async def create(
        self,
        body: Union[Pet, CatParam, DogParam, LizardParam],
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Pet:
        """POST /pets

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast("Pet", await self._core.request(_CREATE_PET, Params(body=body), request_options, self._raw))

    async def fetch_owner(
        self,
        pet_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> FetchPetOwnerResponse:
        """Owner is either a person or an organisation (anyOf, no discriminator).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "FetchPetOwnerResponse",
            await self._core.request(_FETCH_PET_OWNER, Params(path={"petId": pet_id}), request_options, self._raw),
        )


class PetsWithRawResponse:
    """The methods of :class:`Pets` that return a :class:`RawResponse`."""

    def __init__(self, resource: Pets) -> None:
        raw = Pets(resource._core, raw=True)
        self.create = raw_method(raw.create)
        self.fetch_owner = raw_method(raw.fetch_owner)


class AsyncPetsWithRawResponse:
    """The methods of :class:`AsyncPets` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncPets) -> None:
        raw = AsyncPets(resource._core, raw=True)
        self.create = async_raw_method(raw.create)
        self.fetch_owner = async_raw_method(raw.fetch_owner)
