"""The resources of the Kitchen Sink Communications API."""

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
]
