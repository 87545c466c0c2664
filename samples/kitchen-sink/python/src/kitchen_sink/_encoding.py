"""Turns arguments into path segments, query strings, headers and request bodies."""

from __future__ import annotations

import datetime as _dt
import enum
import io
import json
import os
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union
from urllib.parse import quote, urlencode

from ._errors import InvalidRequestError
from ._models import BaseModel, format_datetime, to_json_value
from ._types import FileInput, NotGiven

__all__ = [
    "check_headers",
    "encode_cookies",
    "encode_form",
    "encode_headers",
    "encode_json",
    "encode_multipart",
    "encode_pairs",
    "encode_path",
    "encode_query",
    "format_value",
    "query_string",
    "read_file",
]

_QUERY_SAFE = ":@/"
"""Reserved characters left as they are in query names and values; every other one is percent-encoded."""

_JOINERS = {"csv": ",", "ssv": " ", "pipes": "|"}
"""Query styles that put all items of a list into one value."""

Pairs = list[tuple[str, str]]


def given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries whose value was given (``None`` counts as given)."""
    return {key: value for key, value in values.items() if not isinstance(value, NotGiven)}


def format_value(value: Any) -> str:
    """One scalar as text: booleans as ``true``/``false``, enums by value, times in RFC 3339."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return format_value(value.value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if value is None:
        return "null"
    if isinstance(value, (BaseModel, Mapping, list, tuple)):
        return json.dumps(to_json_value(value), separators=(",", ":"))
    return str(value)


def encode_path(template: str, values: Mapping[str, Any]) -> str:
    """Fills ``{name}`` placeholders, percent-encoding every reserved character.

    ``.`` and ``..`` are refused: servers and URL parsers read them as "this" and "parent"
    folder whatever their encoding, so they would change which resource is asked for.
    """
    path = template
    for name, value in values.items():
        text = ",".join(format_value(item) for item in value) if _is_list(value) else format_value(value)
        if text in (".", ".."):
            raise InvalidRequestError(f"Path parameter {name!r} is {text!r}, which would change the request path.")
        path = path.replace("{" + name + "}", quote(text, safe=""))
    return path


def encode_query(values: Mapping[str, Any], styles: Mapping[str, str]) -> Pairs:
    """Percent-encoded query pairs; lists repeat their key unless ``styles`` names a joined style."""
    pairs: Pairs = []
    for name, value in given(values).items():
        if value is None:
            continue
        style = styles.get(name, "multi")
        if style == "deep" and _is_object(value):
            pairs.extend(_pair(f"{name}[{key}]", item) for key, item in _object_items(value))
        elif _is_object(value):
            pairs.extend(_pair(key, item) for key, item in _object_items(value))
        elif _is_list(value) and style in _JOINERS:
            joined = _JOINERS[style].join(_escape(format_value(item)) for item in value)
            pairs.append((_escape(name), joined))
        elif _is_list(value):
            pairs.extend(_pair(name, item) for item in value)
        else:
            pairs.append(_pair(name, value))
    return pairs


def encode_pairs(pairs: Iterable[tuple[str, Any]]) -> Pairs:
    """Percent-encodes raw query pairs, such as extra parameters and API keys."""
    return [_pair(name, value) for name, value in pairs]


def query_string(pairs: Iterable[tuple[str, str]]) -> str:
    """``name=value&...`` from pairs that are already percent-encoded."""
    return "&".join(f"{name}={value}" for name, value in pairs)


def _pair(name: str, value: Any) -> tuple[str, str]:
    return _escape(name), _escape(format_value(value))


def _escape(text: str) -> str:
    return quote(text, safe=_QUERY_SAFE)


def check_headers(headers: Mapping[str, str]) -> None:
    """Refuses header names and values a server could read as more than one header."""
    for name, value in headers.items():
        if not name or any(char in _HEADER_BREAKS or char in " :" for char in name):
            raise InvalidRequestError(f"Invalid header name {name!r}.")
        if any(char in _HEADER_BREAKS for char in value):
            raise InvalidRequestError(f"The value of header {name!r} contains a line break or NUL.")


_HEADER_BREAKS = frozenset("\r\n\0")


def encode_headers(values: Mapping[str, Any]) -> dict[str, str]:
    """Header values as text; lists are comma separated."""
    headers: dict[str, str] = {}
    for name, value in given(values).items():
        if value is None:
            continue
        headers[name] = ",".join(format_value(item) for item in value) if _is_list(value) else format_value(value)
    return headers


def encode_cookies(values: Mapping[str, Any]) -> str:
    """A ``Cookie`` header value."""
    return "; ".join(f"{name}={quote(value, safe='')}" for name, value in encode_headers(values).items())


def encode_json(value: Any, wire_format: Any = None) -> bytes:
    """A JSON body; integers of any size stay exact. ``wire_format``: see ``BaseModel.__wire_formats__``."""
    return json.dumps(to_json_value(value, wire_format), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_form(fields: Mapping[str, Any], styles: Mapping[str, str]) -> bytes:
    """An ``application/x-www-form-urlencoded`` body as HTML forms send it.

    ``styles`` says how each field's arrays and objects are written (the API decides it):

    - ``deep``: brackets; objects by key and arrays by index: ``metadata[key]=v``, ``expand[0]=a``;
    - ``form``: arrays repeat their key (``a=1&a=2``), objects write each property as its own key;
    - ``csv``, ``ssv``, ``pipes``: arrays, and objects as ``key,value`` pairs, joined by a comma,
      a space or ``|`` into one value.

    A field with no style repeats its key for arrays and uses brackets for objects; items of an
    array that are themselves arrays or objects are always written with brackets and indexes.
    """
    pairs: Pairs = []
    for name, value in given(fields).items():
        style = styles.get(name, "form")
        if value is None:
            continue
        if style == "deep":
            _deep_pairs(name, value, pairs)
        elif style in _JOINERS and (_is_list(value) or _is_object(value)):
            items = [item for pair in _object_items(value) for item in pair] if _is_object(value) else list(value)
            pairs.append((name, _JOINERS[style].join(format_value(item) for item in items)))
        elif style == "form" and name in styles and _is_object(value):
            for key, item in _object_items(value):
                _form_pairs(key, item, pairs)
        else:
            _form_pairs(name, value, pairs)
    return urlencode(pairs).encode("ascii")


def _deep_pairs(name: str, value: Any, pairs: Pairs) -> None:
    if value is None:
        return
    if _is_object(value):
        for key, item in _object_items(value):
            _deep_pairs(f"{name}[{key}]", item, pairs)
    elif _is_list(value):
        for index, item in enumerate(value):
            _deep_pairs(f"{name}[{index}]", item, pairs)
    else:
        pairs.append((name, format_value(value)))


def _form_pairs(name: str, value: Any, pairs: Pairs) -> None:
    if value is None:
        return
    if _is_object(value):
        _deep_pairs(name, value, pairs)
    elif _is_list(value) and any(_is_object(item) or _is_list(item) for item in value):
        _deep_pairs(name, value, pairs)
    elif _is_list(value):
        pairs.extend((name, format_value(item)) for item in value)
    else:
        pairs.append((name, format_value(value)))


def encode_multipart(fields: Mapping[str, Any], content_types: Mapping[str, str]) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body with its parts in field order, and its content type.

    Lists repeat their part; files carry their name and content type (the part's declared
    type when the caller gave none).
    """
    boundary = uuid.uuid4().hex
    body = bytearray()
    for name, value in given(fields).items():
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            body += f"--{boundary}\r\n".encode()
            body += _part(name, item, content_types.get(name))
    body += f"--{boundary}--\r\n".encode()
    return bytes(body), f"multipart/form-data; boundary={boundary}"


def _part(name: str, value: Any, declared_type: Optional[str]) -> bytes:
    disposition = f'form-data; name="{_quote_header(name)}"'
    if not _is_file(value):
        return f"Content-Disposition: {disposition}\r\n\r\n".encode() + format_value(value).encode() + b"\r\n"
    filename, content, content_type = read_file(value)
    if filename is not None:
        disposition += f'; filename="{_quote_header(filename)}"'
    head = f"Content-Disposition: {disposition}\r\n"
    head += f"Content-Type: {content_type or declared_type or 'application/octet-stream'}\r\n\r\n"
    return head.encode() + content + b"\r\n"


def _quote_header(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def read_file(value: FileInput) -> tuple[Optional[str], bytes, Optional[str]]:
    """``(file name, bytes, content type)`` from a path, bytes, a file object or a tuple."""
    if isinstance(value, tuple):
        filename, content = value[0], _read_content(value[1])[1]
        return filename, content, value[2] if len(value) == 3 else None
    filename, content = _read_content(value)
    return filename, content, None


def _read_content(value: Any) -> tuple[Optional[str], bytes]:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None, bytes(value)
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        with open(path, "rb") as file:
            return os.path.basename(path), file.read()
    if isinstance(value, io.IOBase) or hasattr(value, "read"):
        name = getattr(value, "name", None)
        content = value.read()
        data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        return (os.path.basename(name) if isinstance(name, str) else None), data
    raise TypeError(f"expected bytes, a binary file or a path, got {type(value).__name__}")


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike, io.IOBase, tuple)) or hasattr(value, "read")


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _is_object(value: Any) -> bool:
    return isinstance(value, (Mapping, BaseModel))


def _object_items(value: Union[Mapping[str, Any], BaseModel]) -> list[tuple[str, Any]]:
    plain = to_json_value(value)
    return list(plain.items()) if isinstance(plain, dict) else []
