"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import Discriminator, Field, Tag, WrapValidator

from ._models import BaseModel, IntEnum, IntEnumValue, StrEnum, StrEnumValue, UnknownVariant, discriminate, or_unknown


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AccountType(StrEnum):
    TRIAL = "Trial"
    FULL = "Full"


class CallStatus(StrEnum):
    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"


class LizardScales(StrEnum):
    SMOOTH = "smooth"
    ROUGH = "rough"


class MessageDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


class MessageStatus(StrEnum):
    """Servers may add new values at any time; SDKs must not fail on them."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    READ = "read"


class RecordingChannels(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2


class UpdateAccountRequestStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class UploadRecordingRequestChannels(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2


class Account(BaseModel):
    sid: str
    friendly_name: str
    status: StrEnumValue[AccountStatus]
    type: Optional[StrEnumValue[AccountType]] = None
    date_created: _dt.datetime
    date_updated: Optional[_dt.datetime] = None
    balance: Optional[str] = None
    """Decimal amount kept as a string to avoid rounding."""
    owner_email: Optional[str] = None
    """Deprecated."""
    n2fa_enabled: Optional[bool] = Field(
        default=None,
        validation_alias="2fa_enabled",
        serialization_alias="2fa_enabled",
    )
    """Name starts with a digit."""
    subresource_uris: Optional[dict[str, str]] = None
    """Map of subresource name to URI."""


class Address(BaseModel):
    lines: Optional[list[str]] = None
    country: Optional[str] = None


class ApiErrorBody(BaseModel):
    error: ApiErrorDetail


class ApiErrorDetail(BaseModel):
    type: str
    code: Optional[str] = None
    decline_code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None


class Call(BaseModel):
    id: int
    """Ids exceed 2^53; JavaScript numbers lose precision here."""
    status: StrEnumValue[CallStatus]
    to: str
    from_: str = Field(validation_alias="from", serialization_alias="from")
    created_at: _dt.datetime
    answered_on: Optional[_dt.date] = None
    duration_seconds: Optional[int] = None
    recording: Optional[Recording] = None
    """Present only when the call was recorded; null when recording failed."""
    metadata: Optional[dict[str, Any]] = None


class CallList(BaseModel):
    data: list[Call]
    has_more: bool
    next_cursor: Optional[str] = None


class Cat(BaseModel):
    id: str
    name: str
    pet_type: Literal["cat"] = "cat"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    indoor: Optional[bool] = None
    lives_left: Optional[int] = None


class Contact(BaseModel):
    id: str
    name: str


class CreateCallRequest(BaseModel):
    to: str
    from_: str = Field(validation_alias="from", serialization_alias="from")
    machine_detection: Optional[CreateCallRequestMachineDetection] = None
    """Inline object; the generator must give it a stable name."""
    correlation_id: Optional[int] = None
    caller_name: Optional[str] = None
    """Send null to clear the caller name; leave absent to keep it."""
    tags: Optional[list[str]] = None
    trace_id: Optional[str] = None


class CreateCallRequestMachineDetection(BaseModel):
    """Inline object; the generator must give it a stable name."""

    enabled: Optional[bool] = None
    timeout_seconds: Optional[int] = None


class CreateMessageRequest(BaseModel):
    to: str = Field(validation_alias="To", serialization_alias="To")
    """Destination in E.164 form."""
    from_: Optional[str] = Field(default=None, validation_alias="From", serialization_alias="From")
    body: Optional[str] = Field(default=None, validation_alias="Body", serialization_alias="Body")
    media_url: Optional[list[str]] = Field(default=None, validation_alias="MediaUrl", serialization_alias="MediaUrl")
    validity_period: Optional[int] = Field(
        default=None,
        validation_alias="ValidityPeriod",
        serialization_alias="ValidityPeriod",
    )
    send_at: Optional[_dt.datetime] = Field(default=None, validation_alias="SendAt", serialization_alias="SendAt")
    shorten_urls: Optional[bool] = Field(
        default=None,
        validation_alias="ShortenUrls",
        serialization_alias="ShortenUrls",
    )


class Dog(BaseModel):
    id: str
    name: str
    pet_type: Literal["dog"] = "dog"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    good_boy: bool
    breed: Optional[str] = None


class Error(BaseModel):
    code: int
    """Platform error code."""
    message: str
    more_info: Optional[str] = None
    status: Optional[int] = None


class ListChargesResponse(BaseModel):
    object: Literal["list"] = "list"
    data: list[Contact]
    has_more: bool


class ListNotesResponse(BaseModel):
    notes: list[Contact]
    next_page_token: Optional[str] = None


class ListPetsResponse(BaseModel):
    pets: list[Pet]
    total: int


class Lizard(BaseModel):
    id: str
    name: str
    pet_type: Literal["lizard"] = "lizard"
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""
    scales: Optional[StrEnumValue[LizardScales]] = None


class Message(BaseModel):
    sid: str
    account_sid: str
    to: Optional[str] = None
    from_: Optional[str] = Field(default=None, validation_alias="from", serialization_alias="from")
    """Keyword in Python."""
    body: str
    status: StrEnumValue[MessageStatus]
    direction: Optional[StrEnumValue[MessageDirection]] = None
    num_segments: int
    price: Optional[float]
    error_code: Optional[int] = None
    date_sent: Optional[_dt.datetime] = None
    media: Optional[list[MessageMediaItem]] = None


class MessageMediaItem(BaseModel):
    url: str
    content_type: Optional[str] = None


class MessagePage(BaseModel):
    messages: list[Message]
    meta: PageMeta


class Organisation(BaseModel):
    legal_name: str
    address: Optional[Address] = None
    parent: Optional[Organisation] = None
    """Recursive reference."""


class PageMeta(BaseModel):
    page: int
    page_size: int
    first_page_url: Optional[str] = None
    next_page_url: Optional[str] = None
    previous_page_url: Optional[str] = None
    key: Optional[str] = None


class PaymentIntent(BaseModel):
    id: str
    amount: int
    currency: str
    status: str


class PaymentIntentCreate(BaseModel):
    amount: int
    """Amount in the currency's smallest unit."""
    currency: str
    payment_method_types: Optional[list[str]] = None
    expand: Optional[list[str]] = None
    metadata: Optional[dict[str, str]] = None
    shipping: Optional[PaymentIntentCreateShipping] = None


class PaymentIntentCreateShipping(BaseModel):
    name: str
    address: Optional[PaymentIntentCreateShippingAddress] = None


class PaymentIntentCreateShippingAddress(BaseModel):
    line1: Optional[str] = None
    city: Optional[str] = None


class Person(BaseModel):
    given_name: str
    family_name: Optional[str] = None
    address: Optional[Address] = None


class PetBase(BaseModel):
    id: str
    name: str
    pet_type: str
    friends: Optional[list[Pet]] = None
    """Recursive reference back to the union."""


class Recording(BaseModel):
    id: str
    duration_seconds: float
    channels: IntEnumValue[RecordingChannels]
    label: Optional[str] = None
    checksum: Optional[str] = None
    """Base64-encoded SHA-256 of the media."""


class ReservedWords(BaseModel):
    """Every property name is a keyword or awkward identifier somewhere: */ \"\"\" ''' must not end a comment."""

    class_: Optional[str] = Field(default=None, validation_alias="class", serialization_alias="class")
    def_: Optional[str] = Field(default=None, validation_alias="def", serialization_alias="def")
    from_: Optional[str] = Field(default=None, validation_alias="from", serialization_alias="from")
    import_: Optional[str] = Field(default=None, validation_alias="import", serialization_alias="import")
    package: Optional[str] = None
    func: Optional[str] = None
    type: Optional[str] = None
    interface: Optional[str] = None
    default: Optional[str] = None
    async_: Optional[bool] = Field(default=None, validation_alias="async", serialization_alias="async")
    await_: Optional[bool] = Field(default=None, validation_alias="await", serialization_alias="await")
    yield_: Optional[int] = Field(default=None, validation_alias="yield", serialization_alias="yield")
    self_: Optional[str] = Field(default=None, validation_alias="self", serialization_alias="self")
    this: Optional[str] = None
    new: Optional[bool] = None
    delete: Optional[bool] = None
    none: Optional[str] = Field(default=None, validation_alias="None", serialization_alias="None")
    nil: Optional[str] = None
    null: Optional[str] = None
    true: Optional[bool] = None
    range: Optional[str] = None
    select: Optional[str] = None
    chan: Optional[str] = None
    go: Optional[str] = None
    fn: Optional[str] = None
    match: Optional[str] = None
    content_type: Optional[str] = Field(
        default=None,
        validation_alias="content-type",
        serialization_alias="content-type",
    )
    id: Optional[str] = Field(default=None, validation_alias="@id", serialization_alias="@id")
    schema_: Optional[str] = Field(default=None, validation_alias="$schema", serialization_alias="$schema")
    snake_case: Optional[str] = None
    camel_case: Optional[str] = Field(default=None, validation_alias="camelCase", serialization_alias="camelCase")
    pascal_case: Optional[str] = Field(default=None, validation_alias="PascalCase", serialization_alias="PascalCase")
    screaming_case: Optional[str] = Field(
        default=None,
        validation_alias="SCREAMING_CASE",
        serialization_alias="SCREAMING_CASE",
    )
    with_space: Optional[str] = Field(default=None, validation_alias="with space", serialization_alias="with space")
    unicode: Optional[str] = Field(default=None, validation_alias="ünïcödé", serialization_alias="ünïcödé")


class StatusEvent(BaseModel):
    message_sid: str = Field(validation_alias="MessageSid", serialization_alias="MessageSid")
    message_status: StrEnumValue[MessageStatus] = Field(
        validation_alias="MessageStatus",
        serialization_alias="MessageStatus",
    )
    error_code: Optional[str] = Field(default=None, validation_alias="ErrorCode", serialization_alias="ErrorCode")


class UpdateAccountRequest(BaseModel):
    friendly_name: Optional[str] = Field(
        default=None,
        validation_alias="FriendlyName",
        serialization_alias="FriendlyName",
    )
    status: Optional[StrEnumValue[UpdateAccountRequestStatus]] = Field(
        default=None,
        validation_alias="Status",
        serialization_alias="Status",
    )
    status_callback: Optional[str] = Field(
        default=None,
        validation_alias="StatusCallback",
        serialization_alias="StatusCallback",
    )
    status_callback_event: Optional[list[str]] = Field(
        default=None,
        validation_alias="StatusCallbackEvent",
        serialization_alias="StatusCallbackEvent",
    )
    voice_enabled: Optional[bool] = Field(
        default=None,
        validation_alias="VoiceEnabled",
        serialization_alias="VoiceEnabled",
    )


class UpdatePaymentIntentRequest(BaseModel):
    description: Optional[str] = None
    payment_method_types: Optional[list[str]] = None
    labels: Optional[list[str]] = None
    metadata: Optional[dict[str, str]] = None


class UploadRecordingRequest(BaseModel):
    file: bytes
    label: Optional[str] = None
    channels: Optional[IntEnumValue[UploadRecordingRequestChannels]] = None
    tags: Optional[list[str]] = None


class Usage(BaseModel):
    kind: Literal["usage"] = "usage"
    counters: dict[str, int]
    by_category: Optional[dict[str, dict[str, float]]] = None
    raw: Any = None
    """Free-form JSON of any type."""
    labels: Optional[dict[str, Any]] = None
    empty: Optional[dict[str, Any]] = None


class ValidationError(BaseModel):
    code: int
    """Platform error code."""
    message: str
    more_info: Optional[str] = None
    status: Optional[int] = None
    fields: Optional[list[ValidationErrorFieldsItem]] = None


class ValidationErrorFieldsItem(BaseModel):
    name: str
    reason: str


FetchPetOwnerResponse = Annotated[Union[Person, Organisation, UnknownVariant], WrapValidator(or_unknown)]


Pet = Annotated[
    Union[
        Annotated[Cat, Tag("Cat")],
        Annotated[Dog, Tag("Dog")],
        Annotated[Lizard, Tag("Lizard")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    Discriminator(discriminate("pet_type", {"cat": "Cat", "dog": "Dog", "lizard": "Lizard"})),
    WrapValidator(or_unknown),
]
