"""The client of a spec that declares its resource tree (samples/resource-tree): each call reaches the path
its resources bound, a shortcut leaves the account to the client, and the tree loads module by module."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

import httpx
import tree_sdk

ACCOUNT = "AC0123"
OTHER = "AC9999"


class Recorded:
    """A transport that records each request's method, path and form, and answers 200 with ``body``."""

    def __init__(self, body: object) -> None:
        self.body = body
        self.seen: list[tuple[str, str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.content.decode()))
        return httpx.Response(200, json=self.body)


def client(transport: Recorded, **settings: str) -> tree_sdk.Client:
    http = httpx.Client(transport=httpx.MockTransport(transport))
    return tree_sdk.Client(username=ACCOUNT, password="token", http_client=http, **settings)


def test_a_member_sends_the_values_its_ancestors_bound_and_its_key() -> None:
    seen = Recorded({"sid": "ME1"})
    client(seen).accounts(OTHER).messages("SM1").media("ME1").fetch()
    assert seen.seen == [("GET", f"/v1/Accounts/{OTHER}/Messages/SM1/Media/ME1.json", "")]


def test_a_collection_sends_the_values_bound_so_far() -> None:
    seen = Recorded({"media_list": [{"sid": "ME1"}], "next_page_uri": None})
    items = list(client(seen).accounts(OTHER).messages("SM1").media.list())
    assert [item.sid for item in items] == ["ME1"]
    assert seen.seen == [("GET", f"/v1/Accounts/{OTHER}/Messages/SM1/Media.json", "")]


def test_a_shortcut_leaves_the_account_to_the_credentials() -> None:
    seen = Recorded({"sid": "SM1"})
    message = client(seen).messages.create(to="+15551234567", body="Hi")
    assert message.sid == "SM1"
    assert seen.seen == [("POST", f"/v1/Accounts/{ACCOUNT}/Messages.json", "To=%2B15551234567&Body=Hi")]


def test_a_shortcut_takes_the_client_s_account_option_first() -> None:
    seen = Recorded({"sid": "CA1"})
    client(seen, account_sid=OTHER).calls("CA1").update(status="completed")
    assert seen.seen == [("POST", f"/v1/Accounts/{OTHER}/Calls/CA1.json", "Status=completed")]


def test_children_beside_a_collection_and_below_a_singleton_keep_the_bound_values() -> None:
    seen, listed = Recorded({}), Recorded([])
    client(seen).calls.feedback_summary.create()
    client(listed).accounts(OTHER).sip.domains.list()
    client(seen).balance.fetch()
    assert [path for _, path, _ in seen.seen + listed.seen] == [
        f"/v1/Accounts/{ACCOUNT}/Calls/FeedbackSummary.json",
        f"/v1/Accounts/{ACCOUNT}/Balance.json",
        f"/v1/Accounts/{OTHER}/SIP/Domains.json",
    ]


def test_a_root_outside_the_accounts_binds_nothing() -> None:
    seen = Recorded({"total": 3})
    assert client(seen).inbound.fetch().total == 3
    assert seen.seen == [("GET", "/v1/Reports/Inbound.json", "")]


def test_the_async_client_has_the_same_tree() -> None:
    seen = Recorded({"sid": "SM1"})

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(seen))
        async with tree_sdk.AsyncClient(username=ACCOUNT, password="token", http_client=http) as tree:
            await tree.messages("SM1").delete()
            await tree.accounts(OTHER).messages("SM1").fetch()

    asyncio.run(main())
    assert [(method, path) for method, path, _ in seen.seen] == [
        ("DELETE", f"/v1/Accounts/{ACCOUNT}/Messages/SM1.json"),
        ("GET", f"/v1/Accounts/{OTHER}/Messages/SM1.json"),
    ]


def test_a_delete_is_true_unless_the_server_only_accepted_it_sync_and_async() -> None:
    def answering(status: int) -> httpx.MockTransport:
        return httpx.MockTransport(lambda _: httpx.Response(status))

    def deletes_sync() -> list[bool]:
        results = []
        for status in (204, 202):
            with tree_sdk.Client(
                username=ACCOUNT, password="token", http_client=httpx.Client(transport=answering(status))
            ) as tree:
                results.append(tree.messages("SM1").delete())
        return results

    async def deletes_async() -> list[bool]:
        results = []
        for status in (204, 202):
            http = httpx.AsyncClient(transport=answering(status))
            async with tree_sdk.AsyncClient(username=ACCOUNT, password="token", http_client=http) as tree:
                results.append(await tree.messages("SM1").delete())
        return results

    assert deletes_sync() == [True, False]
    assert asyncio.run(deletes_async()) == [True, False]


def test_the_tree_loads_only_the_resources_used() -> None:
    script = textwrap.dedent(
        """
        import json, sys
        import tree_sdk
        client = tree_sdk.Client(base_url="http://127.0.0.1:9", username="AC1", password="t")
        assert not [m for m in sys.modules if m.startswith("tree_sdk.tree.")]
        client.messages("SM1")
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("tree_sdk.tree."))))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ['["tree_sdk.tree.message"]']
