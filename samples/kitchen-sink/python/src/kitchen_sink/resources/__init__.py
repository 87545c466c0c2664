"""The resources of the Kitchen Sink Communications API.

Each resource is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import Accounts, AccountsWithRawResponse, AsyncAccounts, AsyncAccountsWithRawResponse
    from .calls import AsyncCalls, AsyncCallsWithRawResponse, Calls, CallsWithRawResponse
    from .listings import AsyncListings, Listings
    from .messages import AsyncMessages, AsyncMessagesWithRawResponse, Messages, MessagesWithRawResponse
    from .misc import AsyncMisc, AsyncMiscWithRawResponse, Misc, MiscWithRawResponse
    from .payment_intents import (
        AsyncPaymentIntents,
        AsyncPaymentIntentsWithRawResponse,
        PaymentIntents,
        PaymentIntentsWithRawResponse,
    )
    from .pets import AsyncPets, AsyncPetsWithRawResponse, Pets, PetsWithRawResponse
    from .recordings import AsyncRecordings, AsyncRecordingsWithRawResponse, Recordings, RecordingsWithRawResponse
    from .reminders import AsyncReminders, AsyncRemindersWithRawResponse, Reminders, RemindersWithRawResponse

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncListings",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMisc",
    "AsyncMiscWithRawResponse",
    "AsyncPaymentIntents",
    "AsyncPaymentIntentsWithRawResponse",
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncRecordings",
    "AsyncRecordingsWithRawResponse",
    "AsyncReminders",
    "AsyncRemindersWithRawResponse",
    "Calls",
    "CallsWithRawResponse",
    "Listings",
    "Messages",
    "MessagesWithRawResponse",
    "Misc",
    "MiscWithRawResponse",
    "PaymentIntents",
    "PaymentIntentsWithRawResponse",
    "Pets",
    "PetsWithRawResponse",
    "Recordings",
    "RecordingsWithRawResponse",
    "Reminders",
    "RemindersWithRawResponse",
]

_MODULES = {
    "Accounts": "accounts",
    "AccountsWithRawResponse": "accounts",
    "AsyncAccounts": "accounts",
    "AsyncAccountsWithRawResponse": "accounts",
    "AsyncCalls": "calls",
    "AsyncCallsWithRawResponse": "calls",
    "AsyncListings": "listings",
    "AsyncMessages": "messages",
    "AsyncMessagesWithRawResponse": "messages",
    "AsyncMisc": "misc",
    "AsyncMiscWithRawResponse": "misc",
    "AsyncPaymentIntents": "payment_intents",
    "AsyncPaymentIntentsWithRawResponse": "payment_intents",
    "AsyncPets": "pets",
    "AsyncPetsWithRawResponse": "pets",
    "AsyncRecordings": "recordings",
    "AsyncRecordingsWithRawResponse": "recordings",
    "AsyncReminders": "reminders",
    "AsyncRemindersWithRawResponse": "reminders",
    "Calls": "calls",
    "CallsWithRawResponse": "calls",
    "Listings": "listings",
    "Messages": "messages",
    "MessagesWithRawResponse": "messages",
    "Misc": "misc",
    "MiscWithRawResponse": "misc",
    "PaymentIntents": "payment_intents",
    "PaymentIntentsWithRawResponse": "payment_intents",
    "Pets": "pets",
    "PetsWithRawResponse": "pets",
    "Recordings": "recordings",
    "RecordingsWithRawResponse": "recordings",
    "Reminders": "reminders",
    "RemindersWithRawResponse": "reminders",
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
