"""A nested dict without a required key: refused."""

from __future__ import annotations

from kitchen_sink import Client

client = Client(base_url="http://127.0.0.1:9")
client.payment_intents.create(amount=2000, currency="usd", shipping={"address": {"line1": "1 Main St"}})
