"""Escaping for untrusted article text. folium escapes nothing, and its tooltips are HTML
inside JavaScript template literals, so both HTML and template syntax must be neutralised."""

from __future__ import annotations

import html
import re

_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$])")


def map_text(s: object) -> str:
    """For every string that reaches a folium tooltip, popup or GeoJSON property."""
    return html.escape(str(s), quote=True).translate(_TEMPLATE_CHARS)


def html_text(s: object) -> str:
    """For text placed inside HTML we build (cards, the article view)."""
    return html.escape(str(s), quote=True)


def markdown_text(s: object) -> str:
    """For text passed to st.markdown or widget labels, which interpret Markdown."""
    return _MARKDOWN.sub(r"\\\1", str(s))
