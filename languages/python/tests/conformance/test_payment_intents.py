"""S45-S48: form bodies written as Stripe's are, explicit encodings, idempotency keys and default
headers from the config, and the API's own error code and message on the exception."""

from __future__ import annotations

import kitchen_sink
from conftest import BASIC, Kit, Scenario
from kitchen_sink.models import ApiErrorBody, Error, PaymentIntentCreateShipping, PaymentIntentCreateShippingAddress

INTENTS = "/v1/payment_intents"
VERSION = "2026-11-01"
S45_BODY = (
    b"amount=2000&currency=usd&payment_method_types%5B0%5D=card"
    b"&expand%5B0%5D=customer&expand%5B1%5D=latest_charge&metadata%5Border_id%5D=6735"
    b"&shipping%5Bname%5D=Jenny+Rosen&shipping%5Baddress%5D%5Bline1%5D=1+Main+St"
    b"&shipping%5Baddress%5D%5Bcity%5D=Dublin"
)


def test_s45_deep_object_arrays_and_objects_in_a_form(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S45")
    intent = kit.run(
        kit.standard().payment_intents.create(
            amount=2000,
            currency="usd",
            payment_method_types=["card"],
            expand=["customer", "latest_charge"],
            metadata={"order_id": "6735"},
            shipping=PaymentIntentCreateShipping(
                name="Jenny Rosen", address=PaymentIntentCreateShippingAddress(line1="1 Main St", city="Dublin")
            ),
        )
    )
    assert intent.id == "pi_045"
    request = scenario.only_request()
    assert (request.method, request.url, request.body) == ("POST", INTENTS, S45_BODY)
    assert request.media_type() == "application/x-www-form-urlencoded"
    assert request.header("authorization") == BASIC


def test_s46_explicit_encodings(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S46")
    intent = kit.run(
        kit.standard().payment_intents.update(
            "pi_046",
            description="Rush order",
            payment_method_types=["card", "sepa_debit"],
            labels=["gift", "rush"],
            metadata={"order_id": "6735", "channel": "web"},
        )
    )
    assert (intent.id, intent.status) == ("pi_046", "processing")
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", f"{INTENTS}/pi_046")
    assert request.body == (
        b"description=Rush+order&payment_method_types=card%2Csepa_debit&labels=gift%7Crush&order_id=6735&channel=web"
    )


def test_s47_idempotency_key_from_the_config_and_default_headers(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S47")
    intent = kit.run(kit.standard().payment_intents.create(amount=500, currency="eur"))
    assert intent.id == "pi_047"
    client = kit.standard(default_headers={"kitchensink-version": "2027-01-01"})
    assert kit.run(client.misc.get_health()) == "ok"
    per_call = {"extra_headers": {"KitchenSink-Version": "2028-01-01"}}
    assert kit.run(kit.standard().misc.get_health(request_options=per_call)) == "ok"
    first, second, by_client, by_call = scenario.requests()
    for request in (first, second):
        assert (request.method, request.url, request.body) == ("POST", INTENTS, b"amount=500&currency=eur")
        assert request.header("kitchensink-version") == VERSION
    assert first.header("idempotency-key") and first.header("idempotency-key") == second.header("idempotency-key")
    assert 900 <= second.logged - first.logged < 3000
    assert by_client.header("kitchensink-version") == "2027-01-01"
    assert by_call.header("kitchensink-version") == "2028-01-01"


def test_s48_typed_error_fields(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S48")
    declined = kit.raises(
        kitchen_sink.APIStatusError, lambda: kit.standard().payment_intents.create(amount=100, currency="usd")
    )
    assert declined.status_code == 402
    assert (declined.code, declined.api_message) == ("card_declined", "Your card has insufficient funds.")
    assert "card_declined" in str(declined) and "Your card has insufficient funds." in str(declined)
    assert isinstance(declined.body, ApiErrorBody)
    assert declined.body.error.decline_code == "insufficient_funds"
    assert declined.body.error.param == "payment_method"
    assert declined.raw_body.startswith(b'{"error":{"type":"card_error","code":"card_declined"')
    missing = "AC00000000000000000000000000000404"
    not_found = kit.raises(kitchen_sink.NotFoundError, lambda: kit.standard().accounts.fetch(missing))
    assert isinstance(not_found.body, Error)
    assert not_found.code == 20404
    assert not_found.api_message == f"The requested resource /v1/accounts/{missing} was not found"
    assert "20404" in str(not_found) and not_found.api_message in str(not_found)
    assert [r.url for r in scenario.requests()] == [INTENTS, f"/v1/accounts/{missing}"]
