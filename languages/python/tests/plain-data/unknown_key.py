"""A misspelt key (a Python name instead of the wire name): refused."""

from __future__ import annotations

from kitchen_sink import Client

client = Client(base_url="http://127.0.0.1:9")
client.pets.create({"id": "p1", "name": "Rex", "pet_type": "dog", "goodBoy": True})
