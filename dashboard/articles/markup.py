"""HTML pasted into a text file or a JSON record's text, read as the text it marks up.

People paste a page's source into a ``.txt`` ("…near Saada on Monday.</p><p>The Houthis
fired…"), and CMS exports put ``<p>`` in a JSON record's ``text``. Read raw, ``</p><p>`` ends
no sentence, so two sentences ran together and one of their events was lost, and the tags
reached the title and the summaries. Here the markup is parsed by lxml (a library, not our
regexes): block elements (HTML's flow content that starts a line: paragraphs, headings, list
items, table cells, ``<br>``) end a paragraph, ``<script>`` and ``<style>`` are dropped, and
entities (``&mdash;``) become their characters. Text with no tags is returned unchanged.
"""

from __future__ import annotations

import re

# A tag that only markup has: a block element's opening or closing tag, or a line break. A
# lone "<" or "a < b" in news text does not match, and inline tags alone (<b>) do not either.
_BLOCK_NAMES = (
    "p|div|h[1-6]|li|ul|ol|br|blockquote|article|section|header|footer|table|tr|td|th|"
    "figure|figcaption|pre"
)
_MARKUP = re.compile(rf"(?i)</(?:{_BLOCK_NAMES})\s*>|<(?:{_BLOCK_NAMES})(?:\s[^<>]*)?/?>")
_BLOCKS = tuple(
    "p div h1 h2 h3 h4 h5 h6 li blockquote article section header footer tr td th figure "
    "figcaption pre br".split()
)
FLAG = "html_markup_read"  # the article's flag; the ingest line says what was done


def looks_like_markup(text: str) -> bool:
    """True when ``text`` holds a block-level HTML tag (``<p>``, ``</div>``, ``<br/>``)."""
    return _MARKUP.search(text) is not None


def unmarked(text: str, flags: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """``text`` with its HTML read: each block element and ``<br>`` ends a paragraph (a blank
    line after it unless a line break already follows), scripts and styles dropped, entities decoded;
    ``flags`` gains ``FLAG``. Text that does not look like markup comes back as it was."""
    if not looks_like_markup(text):
        return text, flags
    import lxml.html

    root = lxml.html.fragment_fromstring(text, create_parent="div")
    for dead in root.xpath("//script|//style"):
        dead.drop_tree()
    for el in root.iter(*_BLOCKS):
        tail = el.tail or ""
        if not tail.startswith("\n"):
            el.tail = (
                "\n\n" + tail
            )  # "…on Wednesday<br>Houthi forces…": pasted news breaks paragraphs
    return root.text_content(), (*flags, FLAG)
