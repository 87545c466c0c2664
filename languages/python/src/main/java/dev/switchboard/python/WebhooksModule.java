package dev.switchboard.python;

import dev.switchboard.core.plan.WebhookSignature;
import java.util.List;

/**
 * {@code webhooks.py}, written when the plan says how the API signs its webhooks: the scheme as a
 * constant and {@code verify(...)}, which raises {@code WebhookVerificationError} unless a
 * request was signed with the secret.
 */
final class WebhooksModule {
  private WebhooksModule() {}

  static String render(WebhookSignature signature) {
    boolean urlForm = signature.signs().equals("url-form");
    String scheme = PyCode.call(0, "SCHEME = SignatureScheme(", List.of(
        "scheme=" + PyText.literal(signature.scheme()),
        "header=" + PyText.literal(signature.header()),
        "algorithm=" + PyText.literal(signature.algorithm()),
        "encoding=" + PyText.literal(signature.encoding()),
        "prefix=" + PyText.literal(signature.prefix()),
        "signs=" + PyText.literal(signature.signs()),
        "tolerance=" + signature.toleranceSeconds()), ")");
    String what = signature.timestamped()
        ? "``t=TIMESTAMP,v1=SIGNATURE`` in the " + signature.header() + " header, over ``TIMESTAMP.`` and the raw body;"
            + "\n    a timestamp older than " + signature.toleranceSeconds() + " s (or ``tolerance``) is refused"
        : urlForm
            ? "the " + signature.header() + " header, over the full URL and the form fields sorted by name\n"
                + "    (for a JSON body: the URL, whose ``bodySHA256`` is the body's SHA-256)"
            : "the " + signature.header() + " header, over the raw body";
    return """
        \"""Checks that a webhook request was signed by the API, with the secret it was configured with.\"""

        from __future__ import annotations

        from collections.abc import Mapping
        from typing import Optional, Union

        from ._webhooks import FormFields, SignatureScheme, WebhookVerificationError, verify_signature

        __all__ = ["SCHEME", "WebhookVerificationError", "is_valid", "verify"]

        %s
        \"""How the API signs its webhooks.\"""


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
            \"""Raises WebhookVerificationError unless the request was signed with ``secret``.

            The signature is %s.

            Args:
                secret: The webhook's signing secret.
                headers: The request's headers (names in any case).
                body: The raw body, exactly as received.
                url: The full URL the request was sent to (with its query).
                params: The form fields of a form-encoded body, as a mapping or ``(name, value)`` pairs.
                tolerance: Seconds a timestamp stays valid, for timestamped signatures.
                now: The current time in seconds since the epoch (default: the clock).
            \"""
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
            \"""Whether :func:`verify` accepts the request.\"""
            try:
                verify(secret=secret, headers=headers, body=body, url=url, params=params, tolerance=tolerance, now=now)
            except WebhookVerificationError:
                return False
            return True
        """.formatted(scheme, what);
  }
}
