"""The Twilio subset generated as one SDK: each mount's client is its resource tree, so
``client.api.v2010.messages.create(...)`` reaches the account of the credentials, and keys bound on the
way reach the path. Usage: python bundle_tree.py SDK_DIR (the bundle's python/ folder, built by check-sdk.sh).
"""

import importlib
import sys
from pathlib import Path

import httpx


def main(sdk: str) -> int:
    src = Path(sdk) / "src"
    sys.path.insert(0, str(src))
    package = importlib.import_module(next(p.name for p in src.iterdir() if (p / "__init__.py").exists()))
    seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(201, json={"sid": "XX0"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = package.Client(username="AC1", password="token", base_url="http://127.0.0.1:9", http_client=http)
    client.api.v2010.messages.create(to="+15551234567", from_="+15557654321", body="Hi")
    client.api.v2010.accounts("AC2").calls("CA1").update(status="completed")
    client.verify.v2.services("VA1").verifications.create(to="+15551234567", channel="sms")
    client.lookups.v2.phone_numbers("+15551234567").fetch()
    expected = [
        ("POST", "/2010-04-01/Accounts/AC1/Messages.json"),
        ("POST", "/2010-04-01/Accounts/AC2/Calls/CA1.json"),
        ("POST", "/v2/Services/VA1/Verifications"),
        ("GET", "/v2/PhoneNumbers/+15551234567"),
    ]
    if seen != expected:
        print(f"bundle tree: sent {seen}, expected {expected}")
        return 1
    print(f"bundle tree ok: {len(seen)} calls through the mounts' trees reached their paths")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
