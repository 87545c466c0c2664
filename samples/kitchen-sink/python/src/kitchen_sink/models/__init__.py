"""Models of the Kitchen Sink Communications API.

Each model is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._account import Account
    from ._account_status import AccountStatus
    from ._account_type import AccountType
    from ._address import Address
    from ._api_error_body import ApiErrorBody
    from ._api_error_detail import ApiErrorDetail
    from ._call import Call
    from ._call_list import CallList
    from ._call_status import CallStatus
    from ._cat import Cat, CatParam
    from ._contact import Contact
    from ._create_call_request import CreateCallRequest
    from ._create_call_request_machine_detection import (
        CreateCallRequestMachineDetection,
        CreateCallRequestMachineDetectionParam,
    )
    from ._create_message_request import CreateMessageRequest
    from ._create_reminder_request import CreateReminderRequest
    from ._create_reminder_request_repeat import CreateReminderRequestRepeat, CreateReminderRequestRepeatParam
    from ._dog import Dog, DogParam
    from ._error import Error
    from ._fetch_pet_owner_response import FetchPetOwnerResponse
    from ._list_charges_response import ListChargesResponse
    from ._list_notes_response import ListNotesResponse
    from ._list_pets_response import ListPetsResponse
    from ._lizard import Lizard, LizardParam
    from ._lizard_scales import LizardScales
    from ._message import Message
    from ._message_direction import MessageDirection
    from ._message_media_item import MessageMediaItem
    from ._message_page import MessagePage
    from ._message_status import MessageStatus
    from ._organisation import Organisation
    from ._page_meta import PageMeta
    from ._payment_intent import PaymentIntent
    from ._payment_intent_create import PaymentIntentCreate
    from ._payment_intent_create_shipping import PaymentIntentCreateShipping, PaymentIntentCreateShippingParam
    from ._payment_intent_create_shipping_address import (
        PaymentIntentCreateShippingAddress,
        PaymentIntentCreateShippingAddressParam,
    )
    from ._person import Person
    from ._pet import Pet
    from ._pet_base import PetBase
    from ._recording import Recording
    from ._recording_channels import RecordingChannels
    from ._reminder import Reminder
    from ._reserved_words import ReservedWords
    from ._status_event import StatusEvent
    from ._update_account_request import UpdateAccountRequest
    from ._update_account_request_status import UpdateAccountRequestStatus
    from ._update_payment_intent_request import UpdatePaymentIntentRequest
    from ._upload_recording_request import UploadRecordingRequest
    from ._upload_recording_request_channels import UploadRecordingRequestChannels
    from ._usage import Usage
    from ._validation_error import ValidationError
    from ._validation_error_fields_item import ValidationErrorFieldsItem

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "Address",
    "ApiErrorBody",
    "ApiErrorDetail",
    "Call",
    "CallList",
    "CallStatus",
    "Cat",
    "CatParam",
    "Contact",
    "CreateCallRequest",
    "CreateCallRequestMachineDetection",
    "CreateCallRequestMachineDetectionParam",
    "CreateMessageRequest",
    "CreateReminderRequest",
    "CreateReminderRequestRepeat",
    "CreateReminderRequestRepeatParam",
    "Dog",
    "DogParam",
    "Error",
    "FetchPetOwnerResponse",
    "ListChargesResponse",
    "ListNotesResponse",
    "ListPetsResponse",
    "Lizard",
    "LizardParam",
    "LizardScales",
    "Message",
    "MessageDirection",
    "MessageMediaItem",
    "MessagePage",
    "MessageStatus",
    "Organisation",
    "PageMeta",
    "PaymentIntent",
    "PaymentIntentCreate",
    "PaymentIntentCreateShipping",
    "PaymentIntentCreateShippingAddress",
    "PaymentIntentCreateShippingAddressParam",
    "PaymentIntentCreateShippingParam",
    "Person",
    "Pet",
    "PetBase",
    "Recording",
    "RecordingChannels",
    "Reminder",
    "ReservedWords",
    "StatusEvent",
    "UpdateAccountRequest",
    "UpdateAccountRequestStatus",
    "UpdatePaymentIntentRequest",
    "UploadRecordingRequest",
    "UploadRecordingRequestChannels",
    "Usage",
    "ValidationError",
    "ValidationErrorFieldsItem",
]

_MODULES = {
    "Account": "_account",
    "AccountStatus": "_account_status",
    "AccountType": "_account_type",
    "Address": "_address",
    "ApiErrorBody": "_api_error_body",
    "ApiErrorDetail": "_api_error_detail",
    "Call": "_call",
    "CallList": "_call_list",
    "CallStatus": "_call_status",
    "Cat": "_cat",
    "CatParam": "_cat",
    "Contact": "_contact",
    "CreateCallRequest": "_create_call_request",
    "CreateCallRequestMachineDetection": "_create_call_request_machine_detection",
    "CreateCallRequestMachineDetectionParam": "_create_call_request_machine_detection",
    "CreateMessageRequest": "_create_message_request",
    "CreateReminderRequest": "_create_reminder_request",
    "CreateReminderRequestRepeat": "_create_reminder_request_repeat",
    "CreateReminderRequestRepeatParam": "_create_reminder_request_repeat",
    "Dog": "_dog",
    "DogParam": "_dog",
    "Error": "_error",
    "FetchPetOwnerResponse": "_fetch_pet_owner_response",
    "ListChargesResponse": "_list_charges_response",
    "ListNotesResponse": "_list_notes_response",
    "ListPetsResponse": "_list_pets_response",
    "Lizard": "_lizard",
    "LizardParam": "_lizard",
    "LizardScales": "_lizard_scales",
    "Message": "_message",
    "MessageDirection": "_message_direction",
    "MessageMediaItem": "_message_media_item",
    "MessagePage": "_message_page",
    "MessageStatus": "_message_status",
    "Organisation": "_organisation",
    "PageMeta": "_page_meta",
    "PaymentIntent": "_payment_intent",
    "PaymentIntentCreate": "_payment_intent_create",
    "PaymentIntentCreateShipping": "_payment_intent_create_shipping",
    "PaymentIntentCreateShippingAddress": "_payment_intent_create_shipping_address",
    "PaymentIntentCreateShippingAddressParam": "_payment_intent_create_shipping_address",
    "PaymentIntentCreateShippingParam": "_payment_intent_create_shipping",
    "Person": "_person",
    "Pet": "_pet",
    "PetBase": "_pet_base",
    "Recording": "_recording",
    "RecordingChannels": "_recording_channels",
    "Reminder": "_reminder",
    "ReservedWords": "_reserved_words",
    "StatusEvent": "_status_event",
    "UpdateAccountRequest": "_update_account_request",
    "UpdateAccountRequestStatus": "_update_account_request_status",
    "UpdatePaymentIntentRequest": "_update_payment_intent_request",
    "UploadRecordingRequest": "_upload_recording_request",
    "UploadRecordingRequestChannels": "_upload_recording_request_channels",
    "Usage": "_usage",
    "ValidationError": "_validation_error",
    "ValidationErrorFieldsItem": "_validation_error_fields_item",
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
