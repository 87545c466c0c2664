"""Models of the Example Accounts.

Each model is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._account import Account
    from ._status import Status

__all__ = ["Account", "Status"]

_MODULES = {
    "Account": "_account",
    "Status": "_status",
}
"""The module of each name, imported on first use of the name."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
