"""S17-S19: multipart upload to an operation's own server, binary download and upload."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from conftest import API_KEY, B256, BASIC, Forwarding, Kit, Scenario
from kitchen_sink.models import Recording, RecordingChannels

S18_SHA256 = "abc70367ceaebb51ddae23bb22cde54c0e8b155e3e936db642a855c6b1270475"


def _upload_file(kind: str, tmp_path: Path) -> object:
    if kind == "path":
        path = tmp_path / "greeting.wav"
        path.write_bytes(B256)
        return path
    if kind == "file object":
        file = io.BytesIO(B256)
        file.name = "greeting.wav"
        return file
    return ("greeting.wav", B256, "audio/wav")


@pytest.mark.parametrize("kind", ["tuple", "path", "file object"])
def test_s17_multipart_upload_to_operation_server(kit: Kit, scenario: Scenario, kind: str, tmp_path: Path) -> None:
    scenario.load("S17")
    transport = Forwarding()
    client = kit.client(
        base_url=None, username="AC0123456789abcdef0123456789abcdef", password="token-secret", http_client=transport
    )
    recording = kit.run(
        client.recordings.upload(42, file=_upload_file(kind, tmp_path), label="greeting", tags=["intro", "en"])
    )
    assert transport.urls == ["POST https://media.kitchensink.test/v1/calls/42/recordings"]
    assert isinstance(recording, Recording)
    assert (recording.id, recording.duration_seconds, recording.label) == ("RE0123", 1.5, "greeting")
    assert recording.channels == RecordingChannels.VALUE_1
    assert recording.checksum == "QK/y6dLYki5Hr9RkjmlnSXFYeF+9Hahw5xECZr+USIA="
    request = scenario.only_request()
    assert (request.method, request.url) == ("POST", "/v1/calls/42/recordings")
    assert request.header("authorization") == BASIC
    assert request.media_type() == "multipart/form-data"
    parts = request.parts()
    assert [headers["content-disposition"] for headers, _ in parts] == [
        'form-data; name="file"; filename="greeting.wav"',
        'form-data; name="label"',
        'form-data; name="tags"',
        'form-data; name="tags"',
    ]
    assert parts[0][0]["content-type"] == "audio/wav"
    assert [content for _, content in parts] == [B256, b"greeting", b"intro", b"en"]
    assert all(headers.get("content-type", "text/plain") == "text/plain" for headers, _ in parts[1:])


def test_s18_binary_download_read_whole(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S18")
    media = kit.run(kit.standard().recordings.download_media("RE0123"))
    assert media.status_code == 200 and media.content_type == "audio/wav"
    content = kit.run(media.read())
    assert len(content) == 1_048_576
    assert hashlib.sha256(content).hexdigest() == S18_SHA256
    request = scenario.only_request()
    assert (request.method, request.url) == ("GET", "/v1/recordings/RE0123/media")
    assert request.header("x-api-key") == API_KEY
    assert request.header("authorization") is None


def test_s18_binary_download_streamed(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S18")
    media = kit.run(kit.standard().recordings.download_media("RE0123"))
    digest = hashlib.sha256()
    chunks = kit.items(media.iter_bytes())
    for chunk in chunks:
        digest.update(chunk)
    assert sum(len(c) for c in chunks) == 1_048_576
    assert digest.hexdigest() == S18_SHA256


def test_s19_binary_upload(kit: Kit, scenario: Scenario) -> None:
    scenario.load("S19")
    assert kit.run(kit.standard().recordings.replace_media("RE0123", B256)) is None
    request = scenario.only_request()
    assert (request.method, request.url) == ("PUT", "/v1/recordings/RE0123/media")
    assert request.header("authorization") == BASIC
    assert request.media_type() == "application/octet-stream"
    assert request.body == B256
