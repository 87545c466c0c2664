"""Nested inputs as dict literals keyed by wire name type-check, as the models do."""

from __future__ import annotations

from kitchen_sink import AsyncClient, Client
from kitchen_sink.models import (
    Dog,
    LizardScales,
    PaymentIntentCreateShipping,
    PaymentIntentCreateShippingAddress,
    PaymentIntentCreateShippingParam,
)

client = Client(base_url="http://127.0.0.1:9")
client.payment_intents.create(
    amount=2000,
    currency="usd",
    shipping={"name": "Jenny Rosen", "address": {"line1": "1 Main St", "city": "Dublin"}},
)
client.payment_intents.create(amount=2000, currency="usd", shipping=PaymentIntentCreateShipping(name="Jenny Rosen"))
client.payment_intents.create(
    amount=2000,
    currency="usd",
    shipping={"name": "Jenny Rosen", "address": PaymentIntentCreateShippingAddress(line1="1 Main St")},
)
shipping: PaymentIntentCreateShippingParam = {"name": "Jenny Rosen"}
client.payment_intents.create(amount=2000, currency="usd", shipping=shipping)
client.calls.create(to="+15550100", from_="+15550101", machine_detection={"enabled": True, "timeout_seconds": 30})
client.pets.create({"id": "p1", "name": "Rex", "pet_type": "dog", "good_boy": True, "breed": None})
client.pets.create(Dog(id="p1", name="Rex", good_boy=True))
client.pets.create(
    {
        "id": "p2",
        "name": "Tom",
        "pet_type": "cat",
        "friends": [{"id": "p3", "name": "Iggy", "pet_type": "lizard", "scales": "rough"}],
    }
)
client.pets.create({"id": "p3", "name": "Iggy", "pet_type": "lizard", "scales": LizardScales.SMOOTH})


async def create_async(async_client: AsyncClient) -> None:
    await async_client.calls.create(to="+15550100", from_="+15550101", machine_detection={"enabled": False})
