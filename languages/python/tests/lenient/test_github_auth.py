"""The SDK of conformance/github/openapi.json with conformance/github/switchboard.yaml: GitHub's spec
declares no security scheme, and the config's `auth:` makes every call send the bearer token read
from GITHUB_TOKEN and pin X-GitHub-Api-Version, to a server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import github_repos
import pytest


class Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Recorder.seen.append({name.lower(): value for name, value in self.headers.items()})
        body = json.dumps({"id": 1}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the signature http.server calls)
        return


@pytest.fixture
def server() -> Iterator[str]:
    Recorder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_token_comes_from_github_token(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_from_the_environment")
    with github_repos.Client(base_url=server) as client:
        client.repos.get("octocat", "Hello-World")
    assert [h["authorization"] for h in Recorder.seen] == ["Bearer ghp_from_the_environment"]
    assert [h["x-github-api-version"] for h in Recorder.seen] == ["2022-11-28"]


def test_a_token_given_wins_over_the_environment(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_from_the_environment")
    with github_repos.Client(base_url=server, token="ghp_given") as client:
        client.repos.get("octocat", "Hello-World")
    assert [h["authorization"] for h in Recorder.seen] == ["Bearer ghp_given"]


def test_a_missing_token_names_the_variable_and_sends_nothing(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    with github_repos.Client(base_url=server) as client, pytest.raises(github_repos.MissingCredentialsError) as missing:
        client.repos.get("octocat", "Hello-World")
    assert "GITHUB_TOKEN" in str(missing.value)
    assert Recorder.seen == []


def test_the_user_agent_names_this_sdk_and_python(server: str) -> None:
    with github_repos.Client(base_url=server, token="t") as client:
        client.repos.get("octocat", "Hello-World")
    agent = Recorder.seen[0]["user-agent"]
    assert agent.startswith("github-repos/0.1.0 python/3.")
    assert "github-repos/0.1.0 " in agent and "httpx" not in agent
