"""Models of the Example Messaging.

Each model is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._create_message_request import CreateMessageRequest
    from ._message import Message
    from ._status import Status

__all__ = ["CreateMessageRequest", "Message", "Status"]

_MODULES = {
    "CreateMessageRequest": "_create_message_request",
    "Message": "_message",
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
