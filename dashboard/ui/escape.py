"""Escaping for untrusted article text. folium escapes nothing, and its tooltips are HTML
inside JavaScript template literals, so both HTML and template syntax must be neutralised."""

from __future__ import annotations

import html
import re

_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$&])")  # "&": "&amp;" stays as typed
# GFM links "http://…", "www.…" and "a@b.org" in plain text, even after escapes and
# character references are decoded (remark-gfm's autolink-literal transform), so a mailto:
# or an escaped URL would become a link; a WORD JOINER (U+2060, invisible, no break)
# before the trigger's ":", "." or "@" stops it (GFM spec §6.9 extended autolinks)
_AUTOLINK = re.compile(r"(?i)(?<=https)(?=:)|(?<=http)(?=:)|(?<=www)(?=\\\.)|(?=@)")
_JOINER = "\u2060"


def map_text(s: object) -> str:
    """For every string that reaches a folium tooltip, popup or GeoJSON property."""
    return html.escape(str(s), quote=True).translate(_TEMPLATE_CHARS)


def html_text(s: object) -> str:
    """For text placed inside HTML we build (cards, the article view)."""
    return html.escape(str(s), quote=True)


def markdown_text(s: object) -> str:
    """For text passed to st.markdown or widget labels, which interpret Markdown."""
    escaped = _MARKDOWN.sub(r"\\\1", str(s))
    return _AUTOLINK.sub(_JOINER, escaped)
