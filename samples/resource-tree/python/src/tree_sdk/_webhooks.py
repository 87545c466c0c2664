"""Checks the signature a webhook request carries, as the API's ``webhooks`` settings describe it."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import time
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Optional, Union

__all__ = ["FormFields", "SignatureScheme", "WebhookVerificationError", "verify_signature"]

FormFields = Union[Mapping[str, Union[str, Sequence[str]]], Iterable[tuple[str, str]]]
"""A form as a mapping (a value may be a list of values) or as ``(name, value)`` pairs."""

_DEFAULT_PORTS = {"https": 443, "http": 80}


class WebhookVerificationError(ValueError):
    """The request's signature is missing, malformed, wrong or too old: do not trust the request."""


@dataclasses.dataclass(frozen=True)
class SignatureScheme:
    """How the API signs its webhooks.

    ``scheme`` ``hmac``: the header is ``prefix`` followed by the MAC; ``timestamped-hmac``: the
    header is ``t=TIMESTAMP,v1=MAC,…`` and the MAC is over ``TIMESTAMP.`` and the body. ``signs``
    ``body``: the raw body; ``url-form``: the full URL, then each form field's name and value
    sorted by name.
    """

    scheme: str
    header: str
    algorithm: str
    encoding: str
    prefix: str
    signs: str
    tolerance: int


def verify_signature(
    scheme: SignatureScheme,
    *,
    secret: str,
    headers: Mapping[str, str],
    body: Union[bytes, str] = b"",
    url: Optional[str] = None,
    params: Optional[FormFields] = None,
    tolerance: Optional[int] = None,
    now: Optional[float] = None,
) -> None:
    """Raises :class:`WebhookVerificationError` unless the request was signed with ``secret``."""
    if not secret:
        raise WebhookVerificationError("no webhook secret given")
    header = _header(headers, scheme.header)
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    if scheme.scheme == "timestamped-hmac":
        _verify_timestamped(scheme, secret, header, raw, scheme.tolerance if tolerance is None else tolerance, now)
    elif scheme.signs == "url-form":
        _verify_url_form(scheme, secret, header, raw, url, params)
    elif not _matches(_mac(scheme, secret, raw), header, scheme.prefix):
        raise WebhookVerificationError(f"the {scheme.header} signature does not match the body")


def _header(headers: Mapping[str, str], name: str) -> str:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted and value:
            return value
    raise WebhookVerificationError(f"the request has no {name} header")


def _mac(scheme: SignatureScheme, secret: str, message: bytes) -> str:
    digest = hmac.new(secret.encode("utf-8"), message, getattr(hashlib, scheme.algorithm)).digest()
    return base64.b64encode(digest).decode("ascii") if scheme.encoding == "base64" else digest.hex()


def _matches(expected: str, given: str, prefix: str = "") -> bool:
    """Constant-time comparison of ``prefix + expected`` with ``given``."""
    return hmac.compare_digest((prefix + expected).encode("utf-8"), given.strip().encode("utf-8"))


def _verify_timestamped(
    scheme: SignatureScheme, secret: str, header: str, body: bytes, tolerance: int, now: Optional[float]
) -> None:
    timestamp: Optional[int] = None
    signatures: list[str] = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        raise WebhookVerificationError(f"the {scheme.header} header has no t=TIMESTAMP and v1=SIGNATURE")
    expected = _mac(scheme, secret, str(timestamp).encode("ascii") + b"." + body)
    if not any([_matches(expected, signature) for signature in signatures]):
        raise WebhookVerificationError(f"no v1 signature of the {scheme.header} header matches the body")
    current = time.time() if now is None else now
    if tolerance > 0 and timestamp < current - tolerance:
        raise WebhookVerificationError(f"the {scheme.header} timestamp {timestamp} is older than {tolerance} s")


def _verify_url_form(
    scheme: SignatureScheme, secret: str, header: str, body: bytes, url: Optional[str], params: Optional[FormFields]
) -> None:
    if not url:
        raise WebhookVerificationError("the full URL the webhook was sent to is needed to check its signature")
    fields = _fields(params)
    body_hash = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("bodySHA256")
    if body_hash:
        # A JSON body: the URL carries the body's SHA-256, and the signature covers the URL alone.
        if not _matches(hashlib.sha256(body).hexdigest(), body_hash[0]):
            raise WebhookVerificationError("the body does not match the URL's bodySHA256")
        fields = []
    signed = "".join(name + value for name, value in sorted(set(fields)))
    # Senders differ on whether the URL names the default port: both forms are accepted.
    candidates = [_mac(scheme, secret, (variant + signed).encode("utf-8")) for variant in _port_variants(url)]
    if not any([_matches(candidate, header, scheme.prefix) for candidate in candidates]):
        raise WebhookVerificationError(f"the {scheme.header} signature does not match the URL and form")


def _fields(params: Optional[FormFields]) -> list[tuple[str, str]]:
    if params is None:
        return []
    getlist = getattr(params, "getlist", None)
    if isinstance(params, Mapping) and callable(getlist):
        # Werkzeug's MultiDict and Django's QueryDict give only a field's first value as items.
        return [(name, value) for name in params for value in getlist(name)]
    if isinstance(params, Mapping):
        pairs: list[tuple[str, str]] = []
        for name, value in params.items():
            values = [value] if isinstance(value, str) else list(value)
            pairs.extend((name, item) for item in values)
        return pairs
    return [(name, value) for name, value in params]


def _port_variants(url: str) -> list[str]:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    default = _DEFAULT_PORTS.get(parts.scheme, 443)
    netloc = parts.netloc.rpartition("@")[0] + "@" if "@" in parts.netloc else ""
    without = parts._replace(netloc=netloc + host).geturl()
    with_port = parts._replace(netloc=netloc + host + ":" + str(parts.port or default)).geturl()
    return [url, without, with_port]
