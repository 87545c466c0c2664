"""Lists that page the ways real APIs do, found without x-pagination."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._pagination import AsyncPager, CursorPaging, LinkHeaderPaging, OffsetPaging, SyncPager
from .._params import Params
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Contact

__all__ = ["AsyncListings", "Listings"]

_LIST_CONTACTS = Endpoint(
    method="GET",
    path="/listings/contacts",
    response_type=lambda: list[_models.Contact],
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    paging=LinkHeaderPaging(items=()),
    page_size=("per_page", 100),
)

_LIST_CHARGES = Endpoint(
    method="GET",
    path="/listings/charges",
    response_type=lambda: _models.ListChargesResponse,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    paging=CursorPaging(
        items=("data",),
        cursor_param="starting_after",
        next_cursor=("id",),
        has_more=("has_more",),
        last_item=True,
    ),
    page_size=("limit", 100),
)

_LIST_NOTES = Endpoint(
    method="GET",
    path="/listings/notes",
    response_type=lambda: _models.ListNotesResponse,
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    paging=CursorPaging(items=("notes",), cursor_param="page_token", next_cursor=("next_page_token",)),
    page_size=("page_size", 100),
)

_LIST_TAGS = Endpoint(
    method="GET",
    path="/listings/tags",
    response_type=lambda: list[_models.Contact],
    accept="application/json",
    security=(("accountAuth",), ("bearerAuth",)),
    paging=OffsetPaging(items=(), offset_param="page", limit_param="per_page", pages=True),
    page_size=("per_page", 100),
)


class Listings:
    """Lists that page the ways real APIs do, found without x-pagination."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    def list_contacts(
        self,
        *,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Contact]:
        """List contacts; the next page is in the Link header.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_CONTACTS,
            Params(query={"per_page": per_page, "page": page}),
            request_options,
            limit=limit,
        )

    def list_charges(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Contact]:
        """List charges; has_more with the last item's id as the cursor.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_CHARGES,
            Params(query={"limit": limit, "starting_after": starting_after}),
            request_options,
            limit=max_items,
        )

    def list_notes(
        self,
        *,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        page_token: Union[str, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Contact]:
        """List notes; the page holds the next page's token.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_NOTES,
            Params(query={"page_size": page_size, "page_token": page_token}),
            request_options,
            limit=limit,
        )

    def list_tags(
        self,
        *,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPager[Contact]:
        """List tags by page number; a short page is the last.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return SyncPager(
            self._core,
            _LIST_TAGS,
            Params(query={"per_page": per_page, "page": page}),
            request_options,
            limit=limit,
        )


class AsyncListings:
    """Lists that page the ways real APIs do, found without x-pagination."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    def list_contacts(
        self,
        *,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Contact]:
        """List contacts; the next page is in the Link header.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_CONTACTS,
            Params(query={"per_page": per_page, "page": page}),
            request_options,
            limit=limit,
        )

    def list_charges(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        max_items: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Contact]:
        """List charges; has_more with the last item's id as the cursor.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            max_items: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_CHARGES,
            Params(query={"limit": limit, "starting_after": starting_after}),
            request_options,
            limit=max_items,
        )

    def list_notes(
        self,
        *,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        page_token: Union[str, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Contact]:
        """List notes; the page holds the next page's token.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_NOTES,
            Params(query={"page_size": page_size, "page_token": page_token}),
            request_options,
            limit=limit,
        )

    def list_tags(
        self,
        *,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        limit: Optional[int] = None,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Contact]:
        """List tags by page number; a short page is the last.

        Iterating the result fetches further pages as needed; iter_pages() yields whole pages.

        Args:
            limit: Stop after this many items, fetching no page past them; all of them when left out.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return AsyncPager(
            self._core,
            _LIST_TAGS,
            Params(query={"per_page": per_page, "page": page}),
            request_options,
            limit=limit,
        )
