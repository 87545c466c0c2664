"""The sip of the client's tree."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .._core import AsyncCore, SyncCore

if TYPE_CHECKING:
    from .domain import AsyncDomainList, DomainList

__all__ = ["AsyncSipList", "SipList"]


class SipList:
    """The sip."""

    def __init__(self, core: SyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @functools.cached_property
    def domains(self) -> DomainList:
        from .domain import DomainList

        return DomainList(self._core, self._path, raw=self._raw)


class AsyncSipList:
    """The sip."""

    def __init__(self, core: AsyncCore, path: tuple[Any, ...], *, raw: bool = False) -> None:
        self._core = core
        self._path = path
        self._raw = raw

    @functools.cached_property
    def domains(self) -> AsyncDomainList:
        from .domain import AsyncDomainList

        return AsyncDomainList(self._core, self._path, raw=self._raw)
