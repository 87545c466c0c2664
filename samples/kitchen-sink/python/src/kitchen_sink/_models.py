"""The base of every model, open enums, unions with unknown variants, and JSON conversion."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import typing
from collections.abc import Mapping
from typing import Annotated, Any, Callable, Literal, Optional, TypeVar, Union

import pydantic
from pydantic_core import core_schema

__all__ = [
    "BaseModel",
    "IntEnum",
    "IntEnumValue",
    "StrEnum",
    "StrEnumValue",
    "UnknownVariant",
    "decode",
    "discriminate",
    "or_unknown",
    "to_json_value",
]

_E = TypeVar("_E", bound=enum.Enum)

StrEnumValue = Annotated[Union[_E, str], pydantic.Field(union_mode="left_to_right")]
"""A member of a string enum, or the raw string for a value the enum does not list yet."""

IntEnumValue = Annotated[Union[_E, int], pydantic.Field(union_mode="left_to_right")]
"""A member of an integer enum, or the raw integer for a value the enum does not list yet."""


class StrEnum(str, enum.Enum):
    """Base of string enums: a member prints and formats as its value, as the API writes it."""

    def __str__(self) -> str:
        return str(self.value)


class IntEnum(int, enum.Enum):
    """Base of integer enums: a member prints and formats as its value."""

    def __str__(self) -> str:
        return str(self.value)


class BaseModel(pydantic.BaseModel):
    """Base of every model.

    Fields the API adds later are kept (see ``model_extra``). ``model_fields_set``
    tells a field that was absent from one that was ``null``; serializing with
    :func:`to_json_value` sends only the fields that were set.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    def model_post_init(self, context: Any, /) -> None:
        # Constant fields (a Literal with a default, such as a union variant's discriminator)
        # count as set, so that serializing sends them.
        constants = _constant_fields(type(self))
        if constants:
            self.__pydantic_fields_set__.update(constants)


@functools.cache
def _constant_fields(model: type[pydantic.BaseModel]) -> frozenset[str]:
    return frozenset(
        name
        for name, field in model.model_fields.items()
        if typing.get_origin(field.annotation) is Literal and not field.is_required()
    )


class UnknownVariant:
    """A union value of a kind this version of the package does not know.

    ``raw`` holds the JSON value as received; it is sent back unchanged.
    """

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"UnknownVariant({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownVariant) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(repr(self.raw))

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # Never chosen by validation itself: or_unknown() builds one when no known variant fits.
        return core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_plain_validator_function(_reject),
            python_schema=core_schema.is_instance_schema(cls),
            serialization=core_schema.plain_serializer_function_ser_schema(_raw_value),
        )


def _reject(value: Any) -> Any:
    raise ValueError("no known variant matches")


def _raw_value(value: Any) -> Any:
    return value.raw if isinstance(value, UnknownVariant) else value


def or_unknown(value: Any, handler: pydantic.ValidatorFunctionWrapHandler) -> Any:
    """Validates a union value, falling back to :class:`UnknownVariant` when no variant fits."""
    try:
        return handler(value)
    except pydantic.ValidationError:
        return value if isinstance(value, UnknownVariant) else UnknownVariant(value)


def discriminate(wire_name: str, tags: Mapping[str, str]) -> Callable[[Any], Optional[str]]:
    """Picks a union variant's tag from the discriminator property ``wire_name``.

    ``tags`` maps discriminator values to variant class names; models already built
    are tagged with their class name.
    """
    names = frozenset(tags.values())

    def tag(value: Any) -> Optional[str]:
        if isinstance(value, Mapping):
            found = value.get(wire_name)
            return tags.get(found) if isinstance(found, str) else None
        name = type(value).__name__
        return name if name in names or isinstance(value, UnknownVariant) else None

    return tag


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    try:
        adapter = _ADAPTERS.get(type_)
    except TypeError:
        return pydantic.TypeAdapter(type_)
    if adapter is None:
        adapter = pydantic.TypeAdapter(type_)
        _ADAPTERS[type_] = adapter
    return adapter


def decode(type_: Any, data: Union[str, bytes]) -> Any:
    """Parses JSON text into ``type_``; raises :class:`pydantic.ValidationError` on a mismatch."""
    return _adapter(type_).validate_json(data)


def to_json_value(value: Any) -> Any:
    """Converts arguments and models into plain JSON values, keeping only fields that were set."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, UnknownVariant):
        return value.raw
    if isinstance(value, enum.Enum):
        return to_json_value(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json_value(item) for item in value]
    return value


def format_datetime(value: _dt.datetime) -> str:
    """RFC 3339 text; UTC (and naive times, taken as UTC) end in ``Z``."""
    offset = value.utcoffset()
    if offset is None or offset == _dt.timedelta(0):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()
