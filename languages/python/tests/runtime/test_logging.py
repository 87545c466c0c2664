"""The debug log's masking of URLs and headers (docs/plan.md, "Redaction")."""

from __future__ import annotations

import httpx

from kitchen_sink._logging import Redaction


def test_user_info_is_dropped_and_credential_query_parameters_masked() -> None:
    redaction = Redaction().with_names([], ["api_key"])
    url = redaction.url("https://user:secret@api.test/v1/x?api_key=k-1&page=2&api%5Fkey=k-2")
    assert url == "https://api.test/v1/x?api_key=***&page=2&api%5Fkey=***"


def test_credential_headers_are_masked_whatever_their_case() -> None:
    redaction = Redaction().with_names(["X-Session"], [])
    text = redaction.header_text(
        httpx.Headers({"Authorization": "Basic abc", "x-session": "s-1", "Cookie": "c=1", "Accept": "application/json"})
    )
    assert "abc" not in text and "s-1" not in text and "c=1" not in text
    assert "accept: application/json" in text and text.count("***") == 3
