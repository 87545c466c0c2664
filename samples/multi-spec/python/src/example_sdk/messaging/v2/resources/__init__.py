"""The resources of the Example Messaging.

Each resource is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .messages import AsyncMessages, AsyncMessagesWithRawResponse, Messages, MessagesWithRawResponse

__all__ = ["AsyncMessages", "AsyncMessagesWithRawResponse", "Messages", "MessagesWithRawResponse"]

_MODULES = {
    "AsyncMessages": "messages",
    "AsyncMessagesWithRawResponse": "messages",
    "Messages": "messages",
    "MessagesWithRawResponse": "messages",
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
