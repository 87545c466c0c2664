"""Models of the Tree API.

Each model is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._account import Account
    from ._balance import Balance
    from ._call import Call
    from ._create_call_request import CreateCallRequest
    from ._create_message_request import CreateMessageRequest
    from ._domain import Domain
    from ._feedback_summary import FeedbackSummary
    from ._media import Media
    from ._media_page import MediaPage
    from ._message import Message
    from ._message_page import MessagePage
    from ._report import Report
    from ._update_call_request import UpdateCallRequest
    from ._update_call_request_status import UpdateCallRequestStatus
    from ._update_message_request import UpdateMessageRequest

__all__ = [
    "Account",
    "Balance",
    "Call",
    "CreateCallRequest",
    "CreateMessageRequest",
    "Domain",
    "FeedbackSummary",
    "Media",
    "MediaPage",
    "Message",
    "MessagePage",
    "Report",
    "UpdateCallRequest",
    "UpdateCallRequestStatus",
    "UpdateMessageRequest",
]

_MODULES = {
    "Account": "_account",
    "Balance": "_balance",
    "Call": "_call",
    "CreateCallRequest": "_create_call_request",
    "CreateMessageRequest": "_create_message_request",
    "Domain": "_domain",
    "FeedbackSummary": "_feedback_summary",
    "Media": "_media",
    "MediaPage": "_media_page",
    "Message": "_message",
    "MessagePage": "_message_page",
    "Report": "_report",
    "UpdateCallRequest": "_update_call_request",
    "UpdateCallRequestStatus": "_update_call_request_status",
    "UpdateMessageRequest": "_update_message_request",
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
