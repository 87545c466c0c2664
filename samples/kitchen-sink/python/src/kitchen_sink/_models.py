"""The base of every model, lenient decoding, open enums, unions with unknown variants, and JSON conversion.

Models are plain typed classes: each class reads its annotations once, the first time a value of it is built,
and decodes with converters made from them. Nothing heavier than the standard library is imported.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
import sys
import typing
from collections.abc import Iterator, Mapping, Sequence
from email.utils import format_datetime as _format_mail_datetime
from email.utils import parsedate_to_datetime
from typing import Annotated, Any, Callable, ClassVar, Literal, Optional, TypeVar, Union

from typing_extensions import dataclass_transform

from ._errors import MissingFieldError, ModelValidationError

__all__ = [
    "BaseModel",
    "Field",
    "IntEnum",
    "IntEnumValue",
    "OneOf",
    "Rfc2822DateTime",
    "StrEnum",
    "StrEnumValue",
    "UnknownVariant",
    "decode",
    "rfc2822",
    "to_json_value",
    "write_fields",
]

_E = TypeVar("_E", bound=enum.Enum)

StrEnumValue = Union[_E, str]
"""A member of a string enum, or the raw string for a value the enum does not list yet."""

IntEnumValue = Union[_E, int]
"""A member of an integer enum, or the raw integer for a value the enum does not list yet."""


class _Rfc2822:
    """Marks a datetime the API writes as RFC 2822 text."""


Rfc2822DateTime = Annotated[_dt.datetime, _Rfc2822]
"""A datetime the API writes as RFC 2822 text: read from either format; a datetime in ``model_dump()``, RFC 2822 text
in JSON dumps. Requests are written by :func:`to_json_value`, from the model's ``__wire_formats__``."""


def format_rfc2822(value: _dt.datetime) -> str:
    """RFC 2822 text, such as ``Thu, 24 Aug 2023 05:01:45 +0000``; naive times are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return _format_mail_datetime(value)


def rfc2822(value: Any) -> Any:
    """An argument as the API expects it: datetimes (and lists of them) as RFC 2822 text, anything else as is."""
    if isinstance(value, _dt.datetime):
        return format_rfc2822(value)
    if isinstance(value, (list, tuple)):
        return [rfc2822(item) for item in value]
    return value


def format_datetime(value: _dt.datetime) -> str:
    """RFC 3339 text; UTC (and naive times, taken as UTC) end in ``Z``."""
    offset = value.utcoffset()
    if offset is None or offset == _dt.timedelta(0):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


class OneOf:
    """Marks a union of variants; ``discriminator`` (a wire name) and ``tags`` (its values to variant class names)
    pick the variant of a tagged union. A value no variant fits is kept as an :class:`UnknownVariant`."""

    __slots__ = ("discriminator", "tags")

    def __init__(self, discriminator: Optional[str] = None, tags: Optional[Mapping[str, str]] = None) -> None:
        self.discriminator = discriminator
        self.tags = dict(tags or {})


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


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


class _FieldSpec:
    __slots__ = ("default", "wire")

    def __init__(self, default: Any, wire: Optional[str]) -> None:
        self.default = default
        self.wire = wire


def Field(*, default: Any = _MISSING, wire: Optional[str] = None) -> Any:  # noqa: N802 (a field specifier)
    """A field whose wire name is not its attribute name (``from_`` sent as ``from``), with its default if any."""
    return _FieldSpec(default, wire)


def _state_slot(*, init: Literal[False] = False) -> Any:
    """For type checkers: the model's state is not a field."""
    raise NotImplementedError


class _State:
    """What a model holds besides its fields' values."""

    __slots__ = ("given", "extra", "mismatched")

    def __init__(self, given: set[str], extra: dict[str, Any], mismatched: dict[str, Any]) -> None:
        self.given = given
        self.extra = extra
        self.mismatched = mismatched


# What a model does with a value that does not fit (its fields decode in _DECODE or _BUILD whatever it was given).
_DECODE = "decode"  # a response: fields that do not match are set aside, missing required ones left unset
_BUILD = "build"  # a model built in code: every mismatch is an error
_EXACT = "exact"  # a union's first try on a variant, while decoding: no leniency in the variant itself
_COMPLETE = "complete"  # a union's second try: required fields present, other mismatches set aside

_Converter = Callable[[Any, str, bool], Any]
"""``convert(value, mode, strict)``: the value as its type holds it, or :class:`_Invalid`. Without ``strict`` a
scalar is coerced as JSON APIs need (``"1"`` for an int); a union first tries its members with ``strict``."""


class _Invalid(Exception):
    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(errors)
        self.errors = errors


def _fail(kind: str, message: str, value: Any) -> _Invalid:
    return _Invalid([{"type": kind, "loc": (), "msg": message, "input": value}])


def _located(error: _Invalid, key: Union[str, int]) -> _Invalid:
    return _Invalid([{**item, "loc": (key, *item["loc"])} for item in error.errors])


class _Field:
    __slots__ = ("name", "wire", "convert", "default", "required", "nullable", "constant")

    def __init__(self, name: str, wire: str, annotation: Any, spec: Any) -> None:
        self.name = name
        self.wire = wire
        self.convert = _converter(annotation)
        self.default = spec
        self.required = spec is _MISSING
        self.nullable = annotation is Any or type(None) in typing.get_args(annotation)
        self.constant = not self.required and typing.get_origin(annotation) is Literal


class _Schema:
    __slots__ = ("fields", "by_key")

    def __init__(self, fields: list[_Field]) -> None:
        self.fields = fields
        self.by_key = {field.wire: field for field in fields}
        for field in fields:
            self.by_key.setdefault(field.name, field)


@dataclass_transform(kw_only_default=True, field_specifiers=(Field, _state_slot))
class BaseModel:
    """Base of every model.

    Fields the API adds later are kept (see ``model_extra``). ``model_fields_set``
    tells a field that was absent from one that was ``null``; serializing with
    :func:`to_json_value` sends only the fields that were set.

    A decoded response never fails on its content: a field whose value does not
    match its declared type is left unset and its JSON value is kept in
    ``model_mismatched``; reading a required field that is unset raises
    :class:`MissingFieldError` (an ``AttributeError``), unless the field may be
    ``None``, which it then reads as. Models built in code are checked and raise
    :class:`ModelValidationError` on a value of another type.
    """

    __slots__ = ("__dict__", "__weakref__", "_sb_state")

    if typing.TYPE_CHECKING:
        _sb_state: _State = _state_slot()

    __wire_formats__: ClassVar[Mapping[str, Any]] = {}
    """How :func:`to_json_value` writes the fields whose JSON form is not their value's usual one, by wire name:
    ``"rfc2822"`` (a datetime as RFC 2822 text), ``"float"`` (a number as a float, as a model keeps it), a model
    (``lambda: Model``: a dict there is that model's plain-data form), a tuple of them (a union: the first
    variant that names a key decides it) or ``{"*": format}`` (each value of a map). A list applies the format to
    each item. The model and its plain-data form are written from this one table."""

    __sensitive__: ClassVar[tuple[str, ...]] = ()
    """Fields holding personal data, by attribute name: ``repr`` and ``str`` show :data:`MASK` for their values
    (when set and not ``None``); reading the attribute gives the value."""

    __specs__: ClassVar[dict[str, Any]] = {}
    __schema__: ClassVar[Optional[_Schema]] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Field defaults leave the class, so that an unset field is never read from it.
        specs = {
            name: spec for base in reversed(cls.__mro__[1:]) for name, spec in vars(base).get("__specs__", {}).items()
        }
        for name in _own_annotations(cls):
            if name.startswith("_"):
                continue
            specs[name] = vars(cls).get(name, _MISSING)
            if name in vars(cls):
                delattr(cls, name)
        cls.__specs__ = specs
        cls.__schema__ = None

    def __init__(self, **data: Any) -> None:
        _fill(self, data, _BUILD)

    @classmethod
    def model_validate(cls: type[_M], obj: Any) -> _M:
        """A model from a mapping (by wire or attribute names), checked as a model built in code is."""
        return typing.cast(_M, _convert_model(cls, obj, _BUILD))

    @classmethod
    def model_validate_json(cls: type[_M], data: Union[str, bytes]) -> _M:
        """A model from JSON text, checked as a model built in code is."""
        try:
            value = json.loads(data)
        except ValueError as error:
            raise ModelValidationError(cls.__name__, [{"type": "json_invalid", "loc": (), "msg": str(error)}]) from None
        return cls.model_validate(value)

    @property
    def model_fields_set(self) -> set[str]:
        """The fields that were given a value (``None`` included), by attribute name."""
        return self._sb_state.given

    @property
    def model_extra(self) -> dict[str, Any]:
        """Properties the model does not declare, by wire name, as received."""
        return self._sb_state.extra

    @property
    def model_mismatched(self) -> dict[str, Any]:
        """The JSON value of each property whose value did not match its declared type, by wire name."""
        return dict(self._sb_state.mismatched)

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        by_alias: bool = False,
        exclude_unset: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """The fields as a dict: values as they are (``mode="python"``) or as JSON values (``mode="json"``)."""
        return _Dump(mode == "json", by_alias, exclude_unset, exclude_none).model(self)

    def model_dump_json(
        self,
        *,
        indent: Optional[int] = None,
        by_alias: bool = False,
        exclude_unset: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """The fields as JSON text."""
        fields = self.model_dump(mode="json", by_alias=by_alias, exclude_unset=exclude_unset, exclude_none=exclude_none)
        separators = (",", ":") if indent is None else None
        return json.dumps(fields, indent=indent, separators=separators, ensure_ascii=False)

    def model_copy(self: _M, *, update: Optional[Mapping[str, Any]] = None) -> _M:
        """A shallow copy, with ``update``'s values (by attribute name, not checked) set on it."""
        copy = type(self).__new__(type(self))
        copy.__dict__.update(self.__dict__)
        state = self._sb_state
        object.__setattr__(copy, "_sb_state", _State(set(state.given), dict(state.extra), dict(state.mismatched)))
        for name, value in (update or {}).items():
            setattr(copy, name, value)
        return copy

    if not typing.TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_sb_"):
                raise AttributeError(name)
            if name in type(self).__specs__:
                raise MissingFieldError(type(self).__name__, name)
            try:
                return self._sb_state.extra[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None

        def __setattr__(self, name: str, value: Any) -> None:
            if name in type(self).__specs__:
                self.__dict__[name] = value
                self._sb_state.given.add(name)
            elif name.startswith("_"):
                object.__setattr__(self, name, value)
            else:
                self._sb_state.extra[name] = value

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, BaseModel)
        return self.__dict__ == other.__dict__ and self._sb_state.extra == other._sb_state.extra

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        yield from self.__dict__.items()
        yield from self._sb_state.extra.items()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._text(', ')})"

    def __str__(self) -> str:
        return self._text(" ")

    def _text(self, separator: str) -> str:
        hidden = type(self).__sensitive__
        return separator.join(
            f"{name}={(MASK if name in hidden and value is not None else value)!r}" for name, value in self
        )


_M = TypeVar("_M", bound=BaseModel)


def _own_annotations(cls: type) -> Mapping[str, Any]:
    """The names a class itself annotates (Python 3.14 computes ``__annotations__`` on first access)."""
    own = vars(cls).get("__annotations__")
    if own is None and sys.version_info >= (3, 10):
        own = cls.__annotations__
    return own or {}


def _schema(model: type[BaseModel]) -> _Schema:
    schema = model.__dict__.get("__schema__")
    if schema is None:
        # Annotations are read now, not when the class is made: they name models of modules not loaded yet.
        hints = typing.get_type_hints(model, include_extras=True)
        fields = []
        for name, spec in model.__specs__.items():
            default, wire = (spec.default, spec.wire or name) if isinstance(spec, _FieldSpec) else (spec, name)
            fields.append(_Field(name, wire, hints[name], default))
        schema = _Schema(fields)
        model.__schema__ = schema
    return schema


def _fill(instance: BaseModel, data: Mapping[str, Any], mode: str) -> None:
    """Sets ``instance``'s fields from ``data``, converted as ``mode`` says; raises :class:`ModelValidationError`."""
    try:
        _set_fields(instance, _schema(type(instance)), data, mode)
    except _Invalid as invalid:
        raise ModelValidationError(type(instance).__name__, invalid.errors) from None


def _convert_model(model: type[BaseModel], value: Any, mode: str) -> BaseModel:
    if isinstance(value, model):
        return value
    try:
        return typing.cast(BaseModel, _model_converter(model)(value, mode, False))
    except _Invalid as invalid:
        raise ModelValidationError(model.__name__, invalid.errors) from None


def _model_converter(model: type[BaseModel]) -> _Converter:
    def convert(value: Any, mode: str, strict: bool) -> Any:
        if isinstance(value, model):
            return value
        if not isinstance(value, Mapping):
            raise _fail("model_type", f"expected an object for {model.__name__}", value)
        instance = model.__new__(model)
        _set_fields(instance, _schema(model), value, mode)
        return instance

    return convert


def _set_fields(instance: BaseModel, schema: _Schema, data: Mapping[str, Any], mode: str) -> None:
    reading = _Reading(mode)
    for key, item in data.items():
        reading.given_value(schema.by_key.get(key) if isinstance(key, str) else None, key, item)
    for field in schema.fields:
        if field.name not in reading.given:
            reading.absent(field, data)
    if reading.errors:
        raise _Invalid(reading.errors)
    values = reading.values
    instance.__dict__.update({field.name: values[field.name] for field in schema.fields if field.name in values})
    object.__setattr__(instance, "_sb_state", _State(reading.given, reading.extra, reading.mismatched))


class _Reading:
    """The fields of one object as they are read, in one mode."""

    __slots__ = ("mode", "nested", "lenient", "values", "given", "mismatched", "extra", "errors")

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.nested = _BUILD if mode == _BUILD else _DECODE  # what a union asks of a variant, not of its fields
        self.lenient = mode in (_DECODE, _COMPLETE)
        self.values: dict[str, Any] = {}
        self.given: set[str] = set()
        self.mismatched: dict[str, Any] = {}
        self.extra: dict[str, Any] = {}
        self.errors: list[dict[str, Any]] = []

    def given_value(self, field: Optional[_Field], key: Any, item: Any) -> None:
        if field is None or field.name in self.given:
            self.extra[str(key)] = item
            return
        try:
            self.values[field.name] = field.convert(item, self.nested, False)
            self.given.add(field.name)
        except _Invalid as invalid:
            if not self.lenient:
                self.errors.extend(_located(invalid, field.wire).errors)
            self.mismatched[field.wire] = item

    def absent(self, field: _Field, data: Mapping[str, Any]) -> None:
        """A field without a value of its type: its default, else None where allowed while decoding, else an error."""
        if not field.required:
            self.values[field.name] = field.default
            if field.constant:
                self.given.add(field.name)  # a union variant's discriminator is sent
        elif field.wire in self.mismatched or self.mode == _DECODE:
            if field.nullable:
                self.values[field.name] = None
        else:
            self.errors.append({"type": "missing", "loc": (field.wire,), "msg": "Field required", "input": data})


_CONVERTERS: dict[Any, _Converter] = {}


def _converter(annotation: Any) -> _Converter:
    try:
        found = _CONVERTERS.get(annotation)
    except TypeError:
        return _make_converter(annotation)
    if found is None:
        found = _make_converter(annotation)
        _CONVERTERS[annotation] = found
    return found


def _make_converter(annotation: Any) -> _Converter:
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        metadata = annotation.__metadata__
        inner = typing.get_args(annotation)[0]
        for marker in metadata:
            if isinstance(marker, OneOf):
                return _one_of(typing.get_args(inner), marker)
            if marker is _Rfc2822:
                return _read_rfc2822
        return _converter(inner)
    if origin is Union:
        return _union(typing.get_args(annotation))
    if origin is Literal:
        return _literal(typing.get_args(annotation))
    if origin in (list, tuple, set, frozenset, Sequence):
        return _list(_converter(typing.get_args(annotation)[0]))
    if origin in (dict, Mapping):
        return _dict(_converter(typing.get_args(annotation)[1]))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return _deferred_model(annotation)
        if issubclass(annotation, enum.Enum):
            return _enum(annotation)
    if annotation is Any or annotation is object:
        return _as_is
    scalar = _SCALARS.get(annotation)
    if scalar is None:
        raise TypeError(f"a model field of type {annotation!r} cannot be read")
    return scalar


def _deferred_model(model: type[BaseModel]) -> _Converter:
    """A model's converter, its schema built when a value of it is first converted."""
    made: list[_Converter] = []

    def convert(value: Any, mode: str, strict: bool) -> Any:
        if not made:
            made.append(_model_converter(model))
        return made[0](value, mode, strict)

    return convert


def _as_is(value: Any, mode: str, strict: bool) -> Any:
    return value


def _none(value: Any, mode: str, strict: bool) -> Any:
    if value is None:
        return None
    raise _fail("none_required", "expected null", value)


def _str(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, str):
        return value
    raise _fail("string_type", "expected a string", value)


def _bool(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, bool):
        return value
    if not strict:
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _BOOL_TEXT:
            return _BOOL_TEXT[value.strip().lower()]
    raise _fail("bool_type", "expected a boolean", value)


_BOOL_TEXT = {"true": True, "t": True, "yes": True, "y": True, "on": True, "1": True}
_BOOL_TEXT.update({"false": False, "f": False, "no": False, "n": False, "off": False, "0": False})
_INT_TEXT = re.compile(r"[+-]?\d+")


def _int(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if not strict:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
            try:
                return int(value.strip())
            except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
                pass
    raise _fail("int_type", "expected an integer", value)


def _float(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, float):
        return value
    if not strict and not isinstance(value, bool):
        if isinstance(value, int):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                pass
    raise _fail("float_type", "expected a number", value)


def _bytes(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and not strict:
        return value.encode()
    raise _fail("bytes_type", "expected bytes", value)


_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[T t](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(Z|z|[+-]\d\d(?::?\d\d)?)?)?"
)


def _parse_iso(text: str) -> Optional[_dt.datetime]:
    """RFC 3339 text (and ISO 8601's common forms) as an aware datetime; without an offset, UTC, as a naive
    datetime is written; None when it is not a valid date-time."""
    match = _ISO_DATETIME.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        tz = _dt.timezone.utc
        if zone and zone not in ("Z", "z"):
            digits = zone[1:].replace(":", "")
            offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            tz = _dt.timezone(-offset if zone[0] == "-" else offset)
        return _dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro, tz
        )
    except ValueError:
        return None


def _datetime(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str):
        parsed = _parse_iso(value)
        if parsed is not None:
            return parsed
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and not strict:
        seconds = value / 1000 if abs(value) > 2e10 else value  # milliseconds, as some APIs send
        try:
            return _dt.datetime.fromtimestamp(seconds, _dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    raise _fail("datetime_type", "expected an RFC 3339 date-time", value)


def _read_rfc2822(value: Any, mode: str, strict: bool) -> Any:
    """RFC 2822 text as a datetime; anything else is read as an ISO 8601 date-time (lenient reading)."""
    if isinstance(value, str):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            pass
    return _datetime(value, mode, strict)


def _date(value: Any, mode: str, strict: bool) -> Any:
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail("date_type", "expected a date (YYYY-MM-DD)", value)


_SCALARS: dict[Any, _Converter] = {
    str: _str,
    int: _int,
    float: _float,
    bool: _bool,
    bytes: _bytes,
    type(None): _none,
    _dt.datetime: _datetime,
    _dt.date: _date,
}


def _literal(choices: tuple[Any, ...]) -> _Converter:
    def convert(value: Any, mode: str, strict: bool) -> Any:
        for choice in choices:
            if value == choice and type(value) is type(choice):
                return choice
        raise _fail("literal_error", f"expected one of {', '.join(map(repr, choices))}", value)

    return convert


def _enum(kind: type[enum.Enum]) -> _Converter:
    def convert(value: Any, mode: str, strict: bool) -> Any:
        if isinstance(value, kind):
            return value
        if not isinstance(value, bool):
            try:
                return kind(value)
            except ValueError:
                pass
        raise _fail("enum", f"expected a {kind.__name__}", value)

    return convert


def _list(item: _Converter) -> _Converter:
    def convert(value: Any, mode: str, strict: bool) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _fail("list_type", "expected an array", value)
        converted, errors = [], []
        for index, element in enumerate(value):
            try:
                converted.append(item(element, mode, strict))
            except _Invalid as invalid:
                errors.extend(_located(invalid, index).errors)
        if errors:
            raise _Invalid(errors)
        return converted

    return convert


def _dict(item: _Converter) -> _Converter:
    def convert(value: Any, mode: str, strict: bool) -> Any:
        if not isinstance(value, Mapping):
            raise _fail("dict_type", "expected an object", value)
        converted, errors = {}, []
        for key, element in value.items():
            try:
                converted[key] = item(element, mode, strict)
            except _Invalid as invalid:
                errors.extend(_located(invalid, key).errors)
        if errors:
            raise _Invalid(errors)
        return converted

    return convert


def _union(members: tuple[Any, ...]) -> _Converter:
    """An untagged union (``Optional`` among them): the first member that takes the value without coercion, else
    the first that takes it with."""
    converters = [_converter(member) for member in members]
    if len(converters) == 2 and type(None) in members:
        only = converters[1 - members.index(type(None))]
        return lambda value, mode, strict: None if value is None else only(value, mode, strict)

    def convert(value: Any, mode: str, strict: bool) -> Any:
        for coerce in (False,) if strict else (False, True):
            for member in converters:
                try:
                    return member(value, mode, not coerce)
                except _Invalid:
                    pass
        raise _fail("union", "no member of the union matches", value)

    return convert


def _one_of(members: tuple[Any, ...], marker: OneOf) -> _Converter:
    """A union of variants; see :class:`OneOf`. A variant that matches exactly wins; failing that, a variant whose
    required fields are all present decodes leniently, its other fields' mismatches set aside."""
    known = [member for member in members if member is not UnknownVariant]
    converters = [_converter(member) for member in known]
    by_name = {getattr(member, "__name__", ""): convert for member, convert in zip(known, converters)}
    tagged = marker.discriminator

    def candidates(value: Any) -> list[_Converter]:
        if tagged is None:
            return converters
        if isinstance(value, Mapping):
            found = value.get(tagged)
            name = marker.tags.get(found) if isinstance(found, str) else None
        else:
            name = type(value).__name__
        return [by_name[name]] if name in by_name else []

    def convert(value: Any, mode: str, strict: bool) -> Any:
        if isinstance(value, UnknownVariant):
            return value
        tries = (_BUILD,) if mode == _BUILD else (_EXACT, _COMPLETE)
        choices = candidates(value)
        for attempt in tries:
            for scalars_strict in (True, False):
                for member in choices:
                    try:
                        return member(value, attempt, scalars_strict)
                    except _Invalid:
                        pass
        return UnknownVariant(value)

    return convert


def decode(type_: Any, data: Union[str, bytes]) -> Any:
    """Parses JSON text into ``type_``, leniently (see :class:`BaseModel`).

    Raises ``ValueError`` (:class:`ModelValidationError` among them) when the text is not JSON or its top level
    does not have the declared shape (an array where an object is declared, say).
    """
    value = json.loads(data)
    try:
        return _converter(type_)(value, _DECODE, False)
    except _Invalid as invalid:
        raise ModelValidationError(getattr(type_, "__name__", "the body"), invalid.errors) from None


class _Dump:
    """How ``model_dump`` writes: as values or as JSON values, by attribute or wire names, which fields."""

    __slots__ = ("as_json", "by_alias", "exclude_unset", "exclude_none")

    def __init__(self, as_json: bool, by_alias: bool, exclude_unset: bool, exclude_none: bool) -> None:
        self.as_json = as_json
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_none = exclude_none

    def model(self, model: BaseModel) -> dict[str, Any]:
        formats = type(model).__wire_formats__
        written: dict[str, Any] = {}
        for field in _schema(type(model)).fields:
            if field.name not in model.__dict__ or self.exclude_unset and field.name not in model._sb_state.given:
                continue
            value = model.__dict__[field.name]
            if not (self.exclude_none and value is None):
                written[field.wire if self.by_alias else field.name] = self.value(value, formats.get(field.wire))
        for key, value in model._sb_state.extra.items():
            written[key] = self.value(value, formats.get(key))
        return written

    def value(self, value: Any, wire_format: Any) -> Any:
        if isinstance(value, BaseModel):
            return self.model(value)
        if isinstance(value, (list, tuple)):
            return [self.value(item, wire_format) for item in value]
        if isinstance(value, Mapping) and (wire_format is None or isinstance(wire_format, Mapping)):
            each = wire_format.get("*") if wire_format is not None else None
            return {str(key) if self.as_json else key: self.value(item, each) for key, item in value.items()}
        if self.as_json:
            return to_json_value(value, wire_format)  # a dict in a model's plain-data form among them
        return value.raw if isinstance(value, UnknownVariant) else value


_WIRE = _Dump(as_json=True, by_alias=True, exclude_unset=True, exclude_none=False)
"""How a model is sent: the fields that were set, by wire name, then the extra ones, as ``__wire_formats__`` says."""


def to_json_value(value: Any, wire_format: Any = None) -> Any:
    """Converts arguments and models into plain JSON values, keeping only fields that were set.

    ``wire_format`` says how the value is written where its JSON form is not the usual one (see
    ``BaseModel.__wire_formats__``). A model and its plain-data form (a dict keyed by wire names) give the same value:
    both are written field by field from the model's ``__wire_formats__``.
    """
    if isinstance(value, BaseModel):
        return _WIRE.model(value)
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
