"""RFC 8288 Link header parsing for Link-header pagination."""

from __future__ import annotations

import pytest

from kitchen_sink._pagination import next_link


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (['<https://a.test/x?page=2>; rel="next", <https://a.test/x?page=9>; rel="last"'], "https://a.test/x?page=2"),
        (['<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel=next'], "https://a.test/x?page=3"),
        (['<https://a.test/x?a=1,2>; title="a, b; c"; rel="prefetch next"'], "https://a.test/x?a=1,2"),
        (
            ['<https://a.test/x?page=1>; rel="first"', '<https://a.test/x?page=4>; REL="Next"'],
            "https://a.test/x?page=4",
        ),
        (['<https://a.test/x?page=1>; rel="first", <https://a.test/x?page=2>; rel="prev"'], None),
        (['<https://a.test/x?page=2>; title="rel=next"'], None),
        ([], None),
    ],
)
def test_next_link(values: list[str], expected: str | None) -> None:
    assert next_link(values) == expected
