"""Writes vectors.json: webhook signatures made and judged by the API owners' own libraries.

Run with the `twilio` and `stripe` packages installed (in a virtualenv outside the repository):

    python3 -m venv /tmp/vectors && /tmp/vectors/bin/pip install twilio stripe
    /tmp/vectors/bin/python conformance/webhooks/vectors.py > conformance/webhooks/vectors.json

Twilio's signatures come from ``twilio.request_validator.RequestValidator`` and Stripe's from
``stripe.WebhookSignature``; whether each case is valid is what their validators answer. GitHub
publishes no validator library: its cases follow GitHub's documentation (``sha256=`` and the hex
HMAC-SHA256 of the raw body, compared in constant time), computed with Python's ``hmac``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
from importlib.metadata import version
from typing import Any
from unittest import mock

import stripe
from twilio.request_validator import RequestValidator

NOW = 1767225600  # 2026-01-01T00:00:00Z: the clock every case is checked at

GITHUB = {"scheme": "hmac", "header": "X-Hub-Signature-256", "algorithm": "sha256", "encoding": "hex",
          "prefix": "sha256=", "signs": "body", "toleranceSeconds": 0}
STRIPE = {"scheme": "timestamped-hmac", "header": "Stripe-Signature", "algorithm": "sha256", "encoding": "hex",
          "prefix": "", "signs": "body", "toleranceSeconds": 300}
TWILIO = {"scheme": "hmac", "header": "X-Twilio-Signature", "algorithm": "sha1", "encoding": "base64",
          "prefix": "", "signs": "url-form", "toleranceSeconds": 0}


def case(name: str, scheme: dict[str, Any], secret: str, signature: str, valid: bool, *, body: str = "",
         url: str = "", params: list[list[str]] | None = None) -> dict[str, Any]:
    return {"name": name, "scheme": scheme, "secret": secret, "headers": {scheme["header"]: signature}, "body": body,
            "url": url, "params": params or [], "now": NOW, "valid": valid}


def github() -> list[dict[str, Any]]:
    secret, body = "It's a Secret to Everybody", "Hello, World!"

    def sign(key: str, text: str) -> str:
        return "sha256=" + hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()

    def valid(key: str, text: str, header: str) -> bool:
        return hmac.compare_digest(sign(key, text), header)

    good = sign(secret, body)
    # GitHub's documented example: this secret and body give this signature.
    assert good == "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", good
    json_body = '{"action":"opened","number":1347,"sender":{"login":"octocat"}}'
    signed = sign(secret, json_body)
    cases = [
        ("github: documented example", secret, good, body),
        ("github: JSON body", secret, signed, json_body),
        ("github: tampered body", secret, signed, json_body.replace("1347", "1348")),
        ("github: wrong secret", "another secret", signed, json_body),
        ("github: no prefix", secret, signed[len("sha256="):], json_body),
        ("github: upper-case hex", secret, signed.upper().replace("SHA256=", "sha256="), json_body),
    ]
    return [case(n, GITHUB, key, header, valid(key, text, header), body=text) for n, key, header, text in cases]


def stripe_cases() -> list[dict[str, Any]]:
    secret = "whsec_test_secret"
    body = '{\n  "id": "evt_test_webhook",\n  "object": "event",\n  "type": "payment_intent.succeeded"\n}'
    sign = stripe.WebhookSignature.generate_signature_header

    def valid(text: str, header: str, key: str) -> bool:
        with mock.patch("time.time", return_value=NOW):
            try:
                return stripe.WebhookSignature.verify_header(text, header, key, STRIPE["toleranceSeconds"])
            except stripe.SignatureVerificationError:
                return False

    fresh = sign(body, secret, timestamp=NOW - 10)
    other = sign(body, "whsec_rolled", timestamp=NOW - 10).split(",")[1]
    cases = [
        ("stripe: valid", fresh, body, secret),
        ("stripe: tampered body", fresh, body.replace("succeeded", "failed"), secret),
        ("stripe: wrong secret", fresh, body, "whsec_other"),
        ("stripe: stale timestamp", sign(body, secret, timestamp=NOW - 301), body, secret),
        ("stripe: at the tolerance", sign(body, secret, timestamp=NOW - 300), body, secret),
        ("stripe: several v1 signatures, one matches", fresh.split(",")[0] + "," + other + "," + fresh.split(",")[1],
         body, secret),
        ("stripe: several v1 signatures, none matches", fresh.split(",")[0] + "," + other, body, secret),
        ("stripe: v0 only", fresh.replace("v1=", "v0="), body, secret),
        ("stripe: timestamp changed", fresh.replace(f"t={NOW - 10}", f"t={NOW - 5}"), body, secret),
    ]
    return [case(n, STRIPE, key, header, valid(text, header, key), body=text) for n, header, text, key in cases]


def twilio() -> list[dict[str, Any]]:
    token = "12345"
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    params = [["CallSid", "CA1234567890ABCDE"], ["Caller", "+12349013030"], ["Digits", "1234"],
              ["From", "+12349013030"], ["To", "+18005551212"]]

    def sign(key: str, address: str, fields: list[list[str]] | dict[str, Any]) -> str:
        return RequestValidator(key).compute_signature(address, as_multidict(fields) if isinstance(fields, list) else fields)

    def valid(address: str, fields: list[list[str]] | str, header: str, key: str = token) -> bool:
        given = fields if isinstance(fields, str) else as_multidict(fields)
        return RequestValidator(key).validate(address, given, header)

    good = sign(token, url, params)
    tampered = [[k, "+18005551213" if k == "To" else v] for k, v in params]
    repeated = [["Body", "hello"], ["MediaUrl", "https://b.test/2"], ["MediaUrl", "https://a.test/1"]]
    json_body = '{"property": "value", "boolean": true}'
    body_hash = hashlib.sha256(json_body.encode()).hexdigest()
    json_url = "https://mycompany.com/myapp?bodySHA256=" + body_hash
    port_url = "https://mycompany.com:443/myapp.php?foo=1&bar=2"
    cases = [
        case("twilio: form POST", TWILIO, token, good, valid(url, params, good), url=url, params=params),
        case("twilio: tampered form field", TWILIO, token, good, valid(url, tampered, good), url=url, params=tampered),
        case("twilio: wrong token", TWILIO, "54321", good, valid(url, params, good, "54321"), url=url, params=params),
        case("twilio: other URL", TWILIO, token, good, valid(url + "&baz=3", params, good), url=url + "&baz=3",
             params=params),
        case("twilio: port in the URL, not in the signature", TWILIO, token, good, valid(port_url, params, good),
             url=port_url, params=params),
        case("twilio: repeated field, values sorted", TWILIO, token, sign(token, url, repeated),
             valid(url, repeated, sign(token, url, repeated)), url=url, params=repeated),
    ]
    json_signature = sign(token, json_url, {})
    cases.append(case("twilio: JSON body with bodySHA256", TWILIO, token, json_signature,
                      valid(json_url, json_body, json_signature), url=json_url, body=json_body))
    cases.append(case("twilio: JSON body tampered", TWILIO, token, json_signature,
                      valid(json_url, json_body.replace("true", "false"), json_signature), url=json_url,
                      body=json_body.replace("true", "false")))
    return cases


def as_multidict(fields: list[list[str]]) -> Any:
    """The form as Flask's MultiDict gives it to Twilio's validator (getall: every value of a name)."""

    class Form(dict):  # type: ignore[type-arg]
        def getall(self, name: str) -> list[str]:
            return [v for k, v in fields if k == name]

    return Form({k: v for k, v in fields})


def main() -> None:
    vectors = {
        "producedBy": {
            "twilio": "twilio " + version("twilio") + " (RequestValidator.compute_signature, validate)",
            "stripe": "stripe " + version("stripe") + " (WebhookSignature.generate_signature_header, verify_header)",
            "github": "Python hmac, as GitHub documents X-Hub-Signature-256",
        },
        "cases": github() + stripe_cases() + twilio(),
    }
    assert all(isinstance(c["valid"], bool) for c in vectors["cases"])
    json.dump(vectors, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
