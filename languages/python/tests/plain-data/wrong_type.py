"""A value of the wrong type under a key: refused."""

from __future__ import annotations

from kitchen_sink import Client

client = Client(base_url="http://127.0.0.1:9")
client.calls.create(to="+15550100", from_="+15550101", machine_detection={"enabled": True, "timeout_seconds": "30"})
