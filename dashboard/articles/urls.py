"""URLs from article metadata, made safe to draw as links."""

from __future__ import annotations

from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"http", "https"})


def http_url(value: object) -> str | None:
    """The URL when it is an http or https link with a host, else ``None``.

    A feed or front matter can carry ``javascript:`` or ``data:`` URLs, which a browser
    would run when clicked: such values are shown as text, never as links.

    >>> http_url("https://example.org/a"), http_url("javascript:alert(1)")
    ('https://example.org/a', None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return text
