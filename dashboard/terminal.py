"""Lines for a terminal from untrusted text: file names and article titles are the user's
input, and a name holding a newline or an escape sequence could forge a second report line
or recolour the terminal (a fresh user's finding, stop 40)."""

from __future__ import annotations

import unicodedata

# Unicode's bidirectional embeddings, overrides and isolates (UAX #9, table 1): a name
# holding U+202E prints its tail reversed, so "gpj.txt" can show as "txt.jpg"
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# control characters (C0, DEL, C1) and the line and paragraph separators: each starts a new
# line or drives the terminal
_CONTROL = frozenset({"Cc", "Zl", "Zp"})


def one_line(text: str) -> str:
    """``text`` with every control, separator and bidi character written as its Python
    escape (``\\n``, ``\\x1b``, ``\\u202e``), so it prints as one line that shows what the
    name holds. Printable text, accents and scripts included, is unchanged."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ch in _BIDI or unicodedata.category(ch) in _CONTROL
        else ch
        for ch in text
    )
