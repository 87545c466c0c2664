"""The README's way to send a property an input model does not list: type-checks, and is sent."""

import json

import httpx
from open_inputs_sdk import Client
from open_inputs_sdk.models import Style

sent: list[object] = []


def answer(request: httpx.Request) -> httpx.Response:
    sent.append(json.loads(request.content))
    return httpx.Response(201, json={"id": "w1"})


client = Client(base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.widgets.create(name="w", style=Style.model_validate({"color": "red", "shade": "dark"}))
assert sent == [{"name": "w", "style": {"color": "red", "shade": "dark"}}], sent
