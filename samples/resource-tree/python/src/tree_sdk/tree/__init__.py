"""The resources of the Tree API as the client reaches them.

Each class is imported from its module on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import AccountContext, AccountList, AsyncAccountContext, AsyncAccountList
    from .balance import AsyncBalanceList, BalanceList
    from .call import AsyncCallContext, AsyncCallList, CallContext, CallList
    from .domain import AsyncDomainList, DomainList
    from .feedback_summary import AsyncFeedbackSummaryList, FeedbackSummaryList
    from .inbound import AsyncInboundList, InboundList
    from .media import AsyncMediaContext, AsyncMediaList, MediaContext, MediaList
    from .message import AsyncMessageContext, AsyncMessageList, MessageContext, MessageList
    from .sip import AsyncSipList, SipList

__all__ = [
    "AccountContext",
    "AccountList",
    "AsyncAccountContext",
    "AsyncAccountList",
    "AsyncBalanceList",
    "AsyncCallContext",
    "AsyncCallList",
    "AsyncDomainList",
    "AsyncFeedbackSummaryList",
    "AsyncInboundList",
    "AsyncMediaContext",
    "AsyncMediaList",
    "AsyncMessageContext",
    "AsyncMessageList",
    "AsyncSipList",
    "BalanceList",
    "CallContext",
    "CallList",
    "DomainList",
    "FeedbackSummaryList",
    "InboundList",
    "MediaContext",
    "MediaList",
    "MessageContext",
    "MessageList",
    "SipList",
]

_MODULES = {
    "AccountContext": "account",
    "AccountList": "account",
    "AsyncAccountContext": "account",
    "AsyncAccountList": "account",
    "AsyncBalanceList": "balance",
    "AsyncCallContext": "call",
    "AsyncCallList": "call",
    "AsyncDomainList": "domain",
    "AsyncFeedbackSummaryList": "feedback_summary",
    "AsyncInboundList": "inbound",
    "AsyncMediaContext": "media",
    "AsyncMediaList": "media",
    "AsyncMessageContext": "message",
    "AsyncMessageList": "message",
    "AsyncSipList": "sip",
    "BalanceList": "balance",
    "CallContext": "call",
    "CallList": "call",
    "DomainList": "domain",
    "FeedbackSummaryList": "feedback_summary",
    "InboundList": "inbound",
    "MediaContext": "media",
    "MediaList": "media",
    "MessageContext": "message",
    "MessageList": "message",
    "SipList": "sip",
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
