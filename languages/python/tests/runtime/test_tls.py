"""The clients' TLS context: httpx's default settings, its CA certificates loaded on the first handshake."""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import kitchen_sink
from kitchen_sink._tls import DeferredTrustContext


def test_building_a_client_loads_no_certificate_until_a_handshake_needs_them() -> None:
    client = kitchen_sink.Client(base_url="http://127.0.0.1:9", token="t")
    context = client._core.http_client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, DeferredTrustContext)
    assert context.cert_store_stats()["x509_ca"] == 0
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="api.test")
    assert context.cert_store_stats()["x509_ca"] > 0


def test_once_loaded_the_context_is_httpxs_default_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    ours, theirs = DeferredTrustContext(), httpx.create_ssl_context()
    ours.load_trust()
    for setting in ("options", "verify_mode", "verify_flags", "check_hostname", "minimum_version", "maximum_version"):
        assert getattr(ours, setting) == getattr(theirs, setting), setting
    assert [c["name"] for c in ours.get_ciphers()] == [c["name"] for c in theirs.get_ciphers()]
    assert ours.cert_store_stats() == theirs.cert_store_stats()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate, and that certificate's file."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()


def test_a_handshake_trusts_ssl_cert_file_and_refuses_an_unknown_certificate(
    tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, cert = tls_server
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    untrusting = kitchen_sink.Client(base_url=url, token="t")._core.http_client
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        untrusting.get(url + "/")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    trusting = kitchen_sink.Client(base_url=url, token="t")._core.http_client
    assert trusting.get(url + "/").text == "ok"
