"""S56: nested inputs given as dicts keyed by wire name send the same bytes as the same inputs given as models."""

from __future__ import annotations

from conftest import Kit, Scenario
from kitchen_sink.models import Dog, PaymentIntentCreateShipping, PaymentIntentCreateShippingAddress

PET_ID = "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10"
FORM = (
    b"amount=2000&currency=usd&shipping%5Bname%5D=Jenny+Rosen"
    b"&shipping%5Baddress%5D%5Bline1%5D=1+Main+St&shipping%5Baddress%5D%5Bcity%5D=Dublin"
)
DOG = b'{"id":"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10","name":"Rex","pet_type":"dog","good_boy":true,"breed":null}'


def test_s56_dicts_send_the_bytes_models_send(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S56")
    client = kit.standard()
    address = PaymentIntentCreateShippingAddress(line1="1 Main St", city="Dublin")
    by_model = kit.run(
        client.payment_intents.create(
            amount=2000, currency="usd", shipping=PaymentIntentCreateShipping(name="Jenny Rosen", address=address)
        )
    )
    by_dict = kit.run(
        client.payment_intents.create(
            amount=2000,
            currency="usd",
            shipping={"name": "Jenny Rosen", "address": {"line1": "1 Main St", "city": "Dublin"}},
        )
    )
    assert by_model.id == by_dict.id == "pi_051"
    dog = kit.run(client.pets.create(Dog(id=PET_ID, name="Rex", good_boy=True, breed=None)))
    plain = kit.run(
        client.pets.create({"id": PET_ID, "name": "Rex", "pet_type": "dog", "good_boy": True, "breed": None})
    )
    assert isinstance(dog, Dog) and isinstance(plain, Dog) and dog == plain
    model_form, dict_form, model_pet, dict_pet = scenario.requests()
    assert [(r.method, r.url) for r in (model_form, dict_form)] == [("POST", "/v1/payment_intents")] * 2
    assert model_form.body == dict_form.body == FORM
    assert [(r.method, r.url) for r in (model_pet, dict_pet)] == [("POST", "/v1/pets")] * 2
    assert model_pet.body == dict_pet.body == DOG
    assert model_pet.media_type() == dict_pet.media_type() == "application/json"
