"""The base of every model, lenient decoding, open enums, unions with unknown variants, and JSON conversion."""

from __future__ import annotations

import contextvars
import datetime as _dt
import enum
import functools
import typing
from collections.abc import Iterable, Mapping
from email.utils import format_datetime as _format_mail_datetime
from email.utils import parsedate_to_datetime
from typing import Annotated, Any, Callable, ClassVar, Literal, Optional, TypeVar, Union

import pydantic
from pydantic.fields import FieldInfo
from pydantic_core import core_schema

from ._errors import MissingFieldError

__all__ = [
    "BaseModel",
    "Deferred",
    "IntEnum",
    "IntEnumValue",
    "Rfc2822DateTime",
    "StrEnum",
    "StrEnumValue",
    "UnknownVariant",
    "decode",
    "discriminate",
    "or_unknown",
    "rfc2822",
    "to_json_value",
    "write_fields",
]

_E = TypeVar("_E", bound=enum.Enum)

StrEnumValue = Annotated[Union[_E, str], pydantic.Field(union_mode="left_to_right")]
"""A member of a string enum, or the raw string for a value the enum does not list yet."""

IntEnumValue = Annotated[Union[_E, int], pydantic.Field(union_mode="left_to_right")]
"""A member of an integer enum, or the raw integer for a value the enum does not list yet."""


def _read_rfc2822(value: Any) -> Any:
    """RFC 2822 text as a datetime; anything else is left to the ISO 8601 parser (lenient reading)."""
    if isinstance(value, str):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return value
    return value


def format_rfc2822(value: _dt.datetime) -> str:
    """RFC 2822 text, such as ``Thu, 24 Aug 2023 05:01:45 +0000``; naive times are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return _format_mail_datetime(value)


Rfc2822DateTime = Annotated[
    _dt.datetime,
    pydantic.BeforeValidator(_read_rfc2822),
    pydantic.PlainSerializer(format_rfc2822, when_used="json"),
]
"""A datetime the API writes as RFC 2822 text: read from either format; a datetime in ``model_dump()``, RFC 2822 text
in JSON dumps. Requests are written by :func:`to_json_value`, from the model's ``__wire_formats__``."""


def rfc2822(value: Any) -> Any:
    """An argument as the API expects it: datetimes (and lists of them) as RFC 2822 text, anything else as is."""
    if isinstance(value, _dt.datetime):
        return format_rfc2822(value)
    if isinstance(value, (list, tuple)):
        return [rfc2822(item) for item in value]
    return value


_T = TypeVar("_T")


class _Deferred:
    """Validates and writes a nested value through its own type's schema, built when first needed.

    A model's schema would otherwise hold the schemas of every model it can reach, hundreds in a
    large API, all imported and built with it; this way only the types of the values a response
    holds are. Errors keep their location, and a value that does not match reads as absent in a
    lenient decode as before.
    """

    __slots__ = ("type",)

    def __init__(self, type_: Any) -> None:
        self.type = type_

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        type_ = self.type  # the whole type: an alias's own metadata (a union's discriminator) included
        model = type_ if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel) else None

        def validate(value: Any, info: core_schema.ValidationInfo) -> Any:
            if model is not None:
                return value if isinstance(value, model) else model.model_validate(value, context=info.context)
            return _adapter(type_).validate_python(value, context=info.context)

        def serialize(value: Any, info: core_schema.SerializationInfo) -> Any:
            options: dict[str, Any] = {
                "mode": info.mode,
                "by_alias": info.by_alias,
                "exclude_unset": info.exclude_unset,
                "exclude_defaults": info.exclude_defaults,
                "exclude_none": info.exclude_none,
                "round_trip": info.round_trip,
            }
            if isinstance(value, pydantic.BaseModel):
                return value.model_dump(**options)
            return _adapter(type_).dump_python(value, **options)

        return core_schema.with_info_plain_validator_function(
            validate, serialization=core_schema.plain_serializer_function_ser_schema(serialize, info_arg=True)
        )


if typing.TYPE_CHECKING:
    Deferred = Annotated[_T, _Deferred]
    """A model or union field's type, validated through its own schema, which is built on first use."""
else:

    class Deferred:
        """A model or union field's type, validated through its own schema, which is built on first use."""

        def __class_getitem__(cls, type_: Any) -> Any:
            return Annotated[type_, _Deferred(type_)]


class StrEnum(str, enum.Enum):
    """Base of string enums: a member prints and formats as its value, as the API writes it."""

    def __str__(self) -> str:
        return str(self.value)


class IntEnum(int, enum.Enum):
    """Base of integer enums: a member prints and formats as its value."""

    def __str__(self) -> str:
        return str(self.value)


MASK = "***"
"""What the text of a model shows in place of personal data (docs/plan.md, "Redaction")."""


class BaseModel(pydantic.BaseModel):
    """Base of every model.

    Fields the API adds later are kept (see ``model_extra``). ``model_fields_set``
    tells a field that was absent from one that was ``null``; serializing with
    :func:`to_json_value` sends only the fields that were set.

    A decoded response never fails on its content: a field whose value does not
    match its declared type is left unset and its JSON value is kept in
    ``model_mismatched``; reading a required field that is unset raises
    :class:`MissingFieldError` (an ``AttributeError``), unless the field may be
    ``None``, which it then reads as. Models built in code are validated strictly.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    _mismatched: dict[str, Any] = pydantic.PrivateAttr(default_factory=dict)

    __wire_formats__: ClassVar[Mapping[str, Any]] = {}
    """How :func:`to_json_value` writes the fields whose JSON form is not their value's usual one, by wire name:
    ``"rfc2822"`` (a datetime as RFC 2822 text), ``"float"`` (a number as a float, as pydantic keeps it), a model
    (``lambda: Model``: a dict there is that model's plain-data form), a tuple of them (a union: the first
    variant that names a key decides it) or ``{"*": format}`` (each value of a map). A list applies the format to
    each item. The model and its plain-data form are written from this one table."""

    __sensitive__: ClassVar[tuple[str, ...]] = ()
    """Fields holding personal data, by attribute name: ``repr`` and ``str`` show :data:`MASK` for their values
    (when set and not ``None``); reading the attribute gives the value."""

    def __repr_args__(self) -> Iterable[tuple[Optional[str], Any]]:
        hidden = type(self).__sensitive__
        for name, value in super().__repr_args__():
            yield name, MASK if name in hidden and value is not None else value

    def model_post_init(self, context: Any, /) -> None:
        # Constant fields (a Literal with a default, such as a union variant's discriminator)
        # count as set, so that serializing sends them.
        constants = _constant_fields(type(self))
        if constants:
            self.__pydantic_fields_set__.update(constants)

    @pydantic.model_validator(mode="wrap")
    @classmethod
    def _decode_leniently(
        cls, data: Any, handler: pydantic.ModelWrapValidatorHandler[Any], info: pydantic.ValidationInfo
    ) -> Any:
        asked = _VARIANT.get()
        nested = _VARIANT.set(None)  # what a union asks of its variants does not apply to their fields
        try:
            return handler(data)
        except pydantic.ValidationError as error:
            if not _lenient(info) or not isinstance(data, Mapping) or cls in _PARTIAL_MODELS:
                raise
            return _salvage(cls, data, error, info.context, asked)
        finally:
            _VARIANT.reset(nested)

    @property
    def model_mismatched(self) -> dict[str, Any]:
        """The JSON value of each property whose value did not match its declared type, by wire name."""
        return dict(self._mismatched)

    if not typing.TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name in type(self).model_fields:
                raise MissingFieldError(type(self).__name__, name)
            return super().__getattr__(name)


_LENIENT = "switchboard.lenient"
_VARIANT: contextvars.ContextVar[Optional[str]] = contextvars.ContextVar("_VARIANT", default=None)
"""How a union tries its variants: "exact" (no leniency), then "complete" (every required field present)."""
_DECODING = {_LENIENT: True}


def _lenient(info: pydantic.ValidationInfo) -> bool:
    return isinstance(info.context, Mapping) and info.context.get(_LENIENT) is True


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


_UNSET: Any = _Unset()


def _salvage(
    model: type[BaseModel],
    data: Mapping[str, Any],
    error: pydantic.ValidationError,
    context: Any,
    variant: Optional[str],
) -> Any:
    """Builds ``model`` from the properties of ``data`` that match their declared types."""
    if variant == "exact":
        raise error
    mismatched: set[str] = set()
    for item in error.errors():
        location = item["loc"]
        if not location or not isinstance(location[0], str) or (variant and item["type"] == "missing"):
            raise error
        if item["type"] != "missing":
            mismatched.add(location[0])
    kept = {key: value for key, value in data.items() if key not in mismatched}
    partial = _partial_model(model).model_validate(kept, context=context)
    values = {name: value for name, value in partial.__dict__.items() if value is not _UNSET}
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(partial.model_fields_set) & values.keys())
    object.__setattr__(instance, "__pydantic_extra__", partial.__pydantic_extra__)
    object.__setattr__(instance, "__pydantic_private__", {"_mismatched": {key: data[key] for key in mismatched}})
    return instance


_PARTIAL_MODELS: set[type[BaseModel]] = set()


@functools.cache
def _partial_model(model: type[BaseModel]) -> type[BaseModel]:
    """``model`` with a default for every required field: None when the type admits it, else unset."""
    defaults: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if field.is_required():
            default = None if _admits_none(field.annotation) else _UNSET
            defaults[name] = (field.annotation, FieldInfo.merge_field_infos(field, default=default))
    partial: type[BaseModel] = pydantic.create_model(
        model.__name__, __base__=model, __module__=model.__module__, **defaults
    )
    _PARTIAL_MODELS.add(partial)
    return partial


def _admits_none(annotation: Any) -> bool:
    return annotation is Any or annotation is None or type(None) in typing.get_args(annotation)


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
    """Validates a union value, falling back to :class:`UnknownVariant` when no variant fits.

    A variant that matches exactly wins; failing that, a variant whose required fields are all present
    decodes leniently (see :class:`BaseModel`), its other fields' mismatches set aside.
    """
    for attempt in ("exact", "complete"):
        asked = _VARIANT.set(attempt)
        try:
            return handler(value)
        except pydantic.ValidationError:
            pass
        finally:
            _VARIANT.reset(asked)
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
    """Parses JSON text into ``type_``, leniently (see :class:`BaseModel`).

    Raises :class:`pydantic.ValidationError` when the text is not JSON or its top level does not
    have the declared shape (an array where an object is declared, say).
    """
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return type_.model_validate_json(data, context=_DECODING)  # the model's own validator: no second one built
    return _adapter(type_).validate_json(data, context=_DECODING)


def to_json_value(value: Any, wire_format: Any = None) -> Any:
    """Converts arguments and models into plain JSON values, keeping only fields that were set.

    ``wire_format`` says how the value is written where its JSON form is not the usual one (see
    ``BaseModel.__wire_formats__``). A model and its plain-data form (a dict keyed by wire names) give the same value:
    both are written field by field from the model's ``__wire_formats__``.
    """
    if isinstance(value, pydantic.BaseModel):
        return _model_value(value)
    if wire_format is not None and value is not None:
        if isinstance(value, (list, tuple, set, frozenset)):
            return [to_json_value(item, wire_format) for item in value]
        if isinstance(wire_format, Mapping):
            if isinstance(value, Mapping):
                return {str(key): to_json_value(item, wire_format["*"]) for key, item in value.items()}
        elif wire_format == "rfc2822":
            if isinstance(value, _dt.datetime):
                return format_rfc2822(value)
        elif wire_format == "float":
            if isinstance(value, int) and not isinstance(value, bool):
                return float(value)
        elif isinstance(value, Mapping):
            return write_fields(value, wire_format)
    if isinstance(value, UnknownVariant):
        return value.raw
    if isinstance(value, enum.Enum):
        return to_json_value(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, Mapping):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json_value(item) for item in value]
    return value


def write_fields(fields: Mapping[str, Any], model: Any, *, only_formatted: bool = False) -> dict[str, Any]:
    """The fields of ``model``'s plain-data form (``model``: ``lambda: Model``, a tuple of them, or ``lambda: {table}``
    giving the model's ``__wire_formats__`` itself) as JSON values.

    With ``only_formatted``, fields the table does not name keep their value as given (files of a multipart body).
    """
    formats = _formats(model)
    written: dict[str, Any] = {}
    for key, item in fields.items():
        wire_format = formats.get(key)
        written[str(key)] = item if only_formatted and wire_format is None else to_json_value(item, wire_format)
    return written


def _formats(model: Any) -> Mapping[str, Any]:
    if isinstance(model, tuple):
        merged: dict[str, Any] = {}
        for variant in model:
            for key, wire_format in _formats(variant).items():
                merged.setdefault(key, wire_format)
        return merged
    loaded = model()
    if isinstance(loaded, Mapping):
        return loaded  # an object body's table, given by its endpoint so that sending arguments loads no model
    return getattr(loaded, "__wire_formats__", {}) if isinstance(loaded, type) else {}


def _model_value(model: pydantic.BaseModel) -> dict[str, Any]:
    """The fields that were set, by wire name, then the extra ones; each written as ``__wire_formats__`` says."""
    formats: Mapping[str, Any] = getattr(type(model), "__wire_formats__", {})
    fields = type(model).model_fields
    written: dict[str, Any] = {}
    values = model.__dict__
    for name, field in fields.items():
        if name in model.model_fields_set and name in values:
            wire = field.serialization_alias or field.alias or name
            written[wire] = to_json_value(values[name], formats.get(wire))
    for key, item in (model.model_extra or {}).items():
        written[str(key)] = to_json_value(item, formats.get(key))
    return written


def format_datetime(value: _dt.datetime) -> str:
    """RFC 3339 text; UTC (and naive times, taken as UTC) end in ``Z``."""
    offset = value.utcoffset()
    if offset is None or offset == _dt.timedelta(0):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()
