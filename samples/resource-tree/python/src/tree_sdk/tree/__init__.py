"""The resources of the Tree API as the client reaches them.

Each class is imported from its module on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import (
        AccountContext,
        AccountContextWithRawResponse,
        AccountList,
        AsyncAccountContext,
        AsyncAccountContextWithRawResponse,
        AsyncAccountList,
    )
    from .balance import AsyncBalanceList, AsyncBalanceListWithRawResponse, BalanceList, BalanceListWithRawResponse
    from .call import (
        AsyncCallContext,
        AsyncCallContextWithRawResponse,
        AsyncCallList,
        AsyncCallListWithRawResponse,
        CallContext,
        CallContextWithRawResponse,
        CallList,
        CallListWithRawResponse,
    )
    from .domain import AsyncDomainList, AsyncDomainListWithRawResponse, DomainList, DomainListWithRawResponse
    from .feedback_summary import (
        AsyncFeedbackSummaryList,
        AsyncFeedbackSummaryListWithRawResponse,
        FeedbackSummaryList,
        FeedbackSummaryListWithRawResponse,
    )
    from .inbound import AsyncInboundList, AsyncInboundListWithRawResponse, InboundList, InboundListWithRawResponse
    from .media import (
        AsyncMediaContext,
        AsyncMediaContextWithRawResponse,
        AsyncMediaList,
        MediaContext,
        MediaContextWithRawResponse,
        MediaList,
    )
    from .message import (
        AsyncMessageContext,
        AsyncMessageContextWithRawResponse,
        AsyncMessageList,
        AsyncMessageListWithRawResponse,
        MessageContext,
        MessageContextWithRawResponse,
        MessageList,
        MessageListWithRawResponse,
    )
    from .sip import AsyncSipList, SipList

__all__ = [
    "AccountContext",
    "AccountContextWithRawResponse",
    "AccountList",
    "AsyncAccountContext",
    "AsyncAccountContextWithRawResponse",
    "AsyncAccountList",
    "AsyncBalanceList",
    "AsyncBalanceListWithRawResponse",
    "AsyncCallContext",
    "AsyncCallContextWithRawResponse",
    "AsyncCallList",
    "AsyncCallListWithRawResponse",
    "AsyncDomainList",
    "AsyncDomainListWithRawResponse",
    "AsyncFeedbackSummaryList",
    "AsyncFeedbackSummaryListWithRawResponse",
    "AsyncInboundList",
    "AsyncInboundListWithRawResponse",
    "AsyncMediaContext",
    "AsyncMediaContextWithRawResponse",
    "AsyncMediaList",
    "AsyncMessageContext",
    "AsyncMessageContextWithRawResponse",
    "AsyncMessageList",
    "AsyncMessageListWithRawResponse",
    "AsyncSipList",
    "BalanceList",
    "BalanceListWithRawResponse",
    "CallContext",
    "CallContextWithRawResponse",
    "CallList",
    "CallListWithRawResponse",
    "DomainList",
    "DomainListWithRawResponse",
    "FeedbackSummaryList",
    "FeedbackSummaryListWithRawResponse",
    "InboundList",
    "InboundListWithRawResponse",
    "MediaContext",
    "MediaContextWithRawResponse",
    "MediaList",
    "MessageContext",
    "MessageContextWithRawResponse",
    "MessageList",
    "MessageListWithRawResponse",
    "SipList",
]

_MODULES = {
    "AccountContext": "account",
    "AccountContextWithRawResponse": "account",
    "AccountList": "account",
    "AsyncAccountContext": "account",
    "AsyncAccountContextWithRawResponse": "account",
    "AsyncAccountList": "account",
    "AsyncBalanceList": "balance",
    "AsyncBalanceListWithRawResponse": "balance",
    "AsyncCallContext": "call",
    "AsyncCallContextWithRawResponse": "call",
    "AsyncCallList": "call",
    "AsyncCallListWithRawResponse": "call",
    "AsyncDomainList": "domain",
    "AsyncDomainListWithRawResponse": "domain",
    "AsyncFeedbackSummaryList": "feedback_summary",
    "AsyncFeedbackSummaryListWithRawResponse": "feedback_summary",
    "AsyncInboundList": "inbound",
    "AsyncInboundListWithRawResponse": "inbound",
    "AsyncMediaContext": "media",
    "AsyncMediaContextWithRawResponse": "media",
    "AsyncMediaList": "media",
    "AsyncMessageContext": "message",
    "AsyncMessageContextWithRawResponse": "message",
    "AsyncMessageList": "message",
    "AsyncMessageListWithRawResponse": "message",
    "AsyncSipList": "sip",
    "BalanceList": "balance",
    "BalanceListWithRawResponse": "balance",
    "CallContext": "call",
    "CallContextWithRawResponse": "call",
    "CallList": "call",
    "CallListWithRawResponse": "call",
    "DomainList": "domain",
    "DomainListWithRawResponse": "domain",
    "FeedbackSummaryList": "feedback_summary",
    "FeedbackSummaryListWithRawResponse": "feedback_summary",
    "InboundList": "inbound",
    "InboundListWithRawResponse": "inbound",
    "MediaContext": "media",
    "MediaContextWithRawResponse": "media",
    "MediaList": "media",
    "MessageContext": "message",
    "MessageContextWithRawResponse": "message",
    "MessageList": "message",
    "MessageListWithRawResponse": "message",
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
