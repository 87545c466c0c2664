"""Models and resources load on first use: checked in fresh interpreters, since sys.modules is per process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest


def loaded_after(program: str) -> set[str]:
    """The kitchen_sink submodules a fresh interpreter has loaded after running the program."""
    script = textwrap.dedent(program) + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("kitchen_sink."))))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_importing_the_package_and_building_a_client_loads_no_model_or_resource() -> None:
    loaded = loaded_after(
        """
        import kitchen_sink
        kitchen_sink.Client(base_url="http://127.0.0.1:9", token="t")
        """
    )
    assert "kitchen_sink._client" in loaded
    assert not {m for m in loaded if m.startswith(("kitchen_sink.models.", "kitchen_sink.resources."))}


def test_a_resource_loads_its_own_module_and_no_models() -> None:
    loaded = loaded_after(
        """
        import kitchen_sink
        client = kitchen_sink.Client(base_url="http://127.0.0.1:9", token="t")
        assert client.pets is client.pets
        """
    )
    assert "kitchen_sink.resources.pets" in loaded
    assert "kitchen_sink.resources.messages" not in loaded
    assert not {m for m in loaded if m.startswith("kitchen_sink.models.")}


def test_a_call_loads_the_models_of_its_response_and_decodes_recursive_unions() -> None:
    pet = {
        "id": "1",
        "name": "Rex",
        "pet_type": "dog",
        "good_boy": True,
        "friends": [
            {"id": "2", "name": "Tom", "pet_type": "cat", "friends": [{"id": "3", "name": "Liz", "pet_type": "lizard"}]}
        ],
    }
    loaded = loaded_after(
        f"""
        import httpx
        import kitchen_sink
        from kitchen_sink.models import Cat, Dog, Lizard

        body = {json.dumps(pet)!r}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, text=body))
        http = httpx.Client(transport=transport)
        client = kitchen_sink.Client(base_url="https://api.test", token="t", http_client=http)
        dog = client.pets.create(Dog(id="1", name="Rex", good_boy=True))
        assert isinstance(dog, Dog), dog
        friend = dog.friends[0]
        assert isinstance(friend, Cat) and isinstance(friend.friends[0], Lizard), friend
        """
    )
    assert "kitchen_sink.models._lizard_scales" in loaded  # Lizard refers to it
    assert "kitchen_sink.models._account" not in loaded
    assert "kitchen_sink.models._message" not in loaded


def test_the_models_package_lists_every_model_and_rejects_unknown_names() -> None:
    import kitchen_sink.models as models

    assert "Pet" in dir(models) and "Account" in models.__all__
    assert models.Pet is models.Pet
    unknown = "NoSuchModel"
    with pytest.raises(AttributeError, match=unknown):
        getattr(models, unknown)


def decoded_call(call: dict[str, object]) -> set[str]:
    """The kitchen_sink submodules loaded after decoding one Call (and reading its recording)."""
    return loaded_after(
        f"""
        from kitchen_sink._models import decode
        from kitchen_sink.models import Call

        call = decode(Call, {json.dumps(call)!r})
        assert call.status == "completed" and (call.recording is None or call.recording.channels == 2), call
        """
    )


def test_a_nested_model_is_built_and_its_references_loaded_only_when_a_value_of_it_is_decoded() -> None:
    call = {"id": 1, "status": "completed", "to": "a", "from": "b", "created_at": "2026-01-02T03:04:05Z"}
    without = decoded_call(call)
    assert {"kitchen_sink.models._call", "kitchen_sink.models._call_status"} <= without
    assert "kitchen_sink.models._recording_channels" not in without  # a field of Recording, not built
    recording = {"id": "RE1", "duration_seconds": 1.5, "channels": 2}
    assert "kitchen_sink.models._recording_channels" in decoded_call({**call, "recording": recording})


def test_a_client_and_a_call_load_no_async_library() -> None:
    program = """
        import sys
        import httpx
        import kitchen_sink

        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"sid": "AC1"}))
        http = httpx.Client(transport=transport)
        client = kitchen_sink.Client(base_url="https://api.test", username="u", password="p", http_client=http)
        client.accounts.fetch("AC1")
        print("anyio" in sys.modules)
        """
    script = textwrap.dedent(program)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


def test_sending_a_body_as_arguments_loads_no_request_model_yet_writes_its_formats() -> None:
    loaded = loaded_after(
        """
        import datetime
        import httpx
        import kitchen_sink

        sent = []

        def answer(request):
            sent.append(request.content.decode())
            return httpx.Response(200, json={"sid": "RM1"})

        http = httpx.Client(transport=httpx.MockTransport(answer))
        client = kitchen_sink.Client(base_url="https://api.test", username="u", password="p", http_client=http)
        at = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        client.reminders.create(remind_at=at, repeat={"EveryHours": 2})
        assert "RemindAt=Fri%2C+02+Jan+2026+03%3A04%3A05+%2B0000" in sent[0], sent
        assert "Repeat%5BEveryHours%5D=2.0" in sent[0], sent
        """
    )
    assert "kitchen_sink.models._reminder" in loaded  # the response's model
    assert "kitchen_sink.models._create_reminder_request" not in loaded
