from __future__ import annotations

import pytest

from dashboard.articles.urls import http_url


@pytest.mark.parametrize(
    ("value", "link"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(document.cookie)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//example.org/no-scheme", None),
        ("https:///no-host", None),
        ("http://[broken", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_and_https_urls_with_a_host_become_links(value: object, link: str | None) -> None:
    assert http_url(value) == link
