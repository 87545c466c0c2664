"""GitHub's own example response for GET /repos/{owner}/{repo} decodes with the SDK of
conformance/github/openapi.json: the example lacks the required `language`, and the copy under
conformance/github/ carries `topics` as a string instead of an array of strings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Callable

import github_repos
import httpx
import pytest
from github_repos._models import to_json_value
from github_repos.models import FullRepository

EXAMPLE = (Path(__file__).resolve().parents[4] / "conformance" / "github" / "full-repository.json").read_bytes()


def serving(body: bytes, seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.raw_path.decode()}")
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)

    return handle


def fetch(body: bytes) -> tuple[Any, list[str]]:
    seen: list[str] = []
    transport = httpx.MockTransport(serving(body, seen))
    with github_repos.Client(
        base_url="https://api.test", token="test-token", http_client=httpx.Client(transport=transport)
    ) as client:
        return client.repos.get("octocat", "Hello-World"), seen


def test_example_decodes_with_present_fields_typed() -> None:
    repo, seen = fetch(EXAMPLE)
    assert seen == ["GET /repos/octocat/Hello-World"]
    assert isinstance(repo, FullRepository)
    assert (repo.id, repo.name, repo.full_name, repo.private) == (1296269, "Hello-World", "octocat/Hello-World", False)
    assert repo.owner.login == "octocat" and repo.owner.id == 1 and repo.owner.site_admin is False
    assert repo.created_at == dt.datetime(2011, 1, 26, 19, 1, 12, tzinfo=dt.timezone.utc)
    assert repo.license is not None and repo.license.spdx_id == "MIT"
    assert repo.permissions is not None and (repo.permissions.pull, repo.permissions.admin) == (True, False)
    assert repo.forks_count == 9 and repo.subscribers_count == 42
    assert repo.model_extra is not None and repo.model_extra["template_repository"]["name"] == "Hello-World-Template"


def test_mismatched_field_reads_as_absent_and_stays_reachable_raw() -> None:
    repo, _ = fetch(EXAMPLE)
    assert repo.topics is None
    assert "topics" not in repo.model_fields_set
    assert repo.model_mismatched == {"topics": "octocat,atom,electron,api"}
    assert repo.owner.model_mismatched == {}


def test_missing_required_nullable_field_reads_as_none_and_unset() -> None:
    repo, _ = fetch(EXAMPLE)
    assert repo.language is None
    assert "language" not in repo.model_fields_set
    assert "language" not in repo.model_mismatched
    assert "language" not in to_json_value(repo)


def test_missing_required_field_raises_when_read() -> None:
    body = json.loads(EXAMPLE)
    del body["name"]
    body["owner"]["login"] = 42
    repo, _ = fetch(json.dumps(body).encode())
    with pytest.raises(github_repos.MissingFieldError) as missing:
        _ = repo.name
    assert (missing.value.model, missing.value.field) == ("FullRepository", "name")
    assert isinstance(missing.value, AttributeError) and isinstance(missing.value, github_repos.GithubError)
    assert getattr(repo, "name", "fallback") == "fallback"
    assert repo.full_name == "octocat/Hello-World"
    assert repo.owner.model_mismatched == {"login": 42}
    with pytest.raises(github_repos.MissingFieldError):
        _ = repo.owner.login


def test_models_built_in_code_stay_strict() -> None:
    with pytest.raises(ValueError):
        FullRepository.model_validate({"id": "not a number"})


def test_body_that_is_not_json_is_an_error() -> None:
    with pytest.raises(github_repos.ResponseValidationError) as error:
        fetch(EXAMPLE[:200])
    assert error.value.status_code == 200
