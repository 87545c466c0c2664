"""Checks that a webhook request was signed by the API, with the secret it was configured with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Optional, Union

from ._webhooks import FormFields, SignatureScheme, WebhookVerificationError, verify_signature

__all__ = ["SCHEME", "WebhookVerificationError", "is_valid", "verify"]

SCHEME = SignatureScheme(
    scheme="timestamped-hmac",
    header="KitchenSink-Signature",
    algorithm="sha256",
    encoding="hex",
    prefix="",
    signs="body",
    tolerance=300,
)
"""How the API signs its webhooks."""


def verify(
    *,
    secret: str,
    headers: Mapping[str, str],
    body: Union[bytes, str] = b"",
    url: Optional[str] = None,
    params: Optional[FormFields] = None,
    tolerance: Optional[int] = None,
    now: Optional[float] = None,
) -> None:
    """Raises WebhookVerificationError unless the request was signed with ``secret``.

    The ``KitchenSink-Signature`` header holds ``t=TIMESTAMP,v1=SIGNATURE``, the signature an HMAC-SHA256 (hex) of
    ``TIMESTAMP.`` followed by the raw body; a timestamp older than 300 s is refused.

    Args:
        secret: The webhook's signing secret.
        headers: The request's headers (names in any case).
        body: The raw body, exactly as received.
        url: The full URL the request was sent to (with its query).
        params: The form fields of a form-encoded body, as a mapping or ``(name, value)`` pairs.
        tolerance: Seconds a timestamp stays valid, for timestamped signatures.
        now: The current time in seconds since the epoch (default: the clock).
    """
    verify_signature(
        SCHEME, secret=secret, headers=headers, body=body, url=url, params=params, tolerance=tolerance, now=now
    )


def is_valid(
    *,
    secret: str,
    headers: Mapping[str, str],
    body: Union[bytes, str] = b"",
    url: Optional[str] = None,
    params: Optional[FormFields] = None,
    tolerance: Optional[int] = None,
    now: Optional[float] = None,
) -> bool:
    """Whether :func:`verify` accepts the request."""
    try:
        verify(secret=secret, headers=headers, body=body, url=url, params=params, tolerance=tolerance, now=now)
    except WebhookVerificationError:
        return False
    return True
