"""Invisible characters that change how text shows or matches, not what it says.

- Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the
  marks U+200E, U+200F, U+061C: in a card they reorder the text after them on screen, the
  "Trojan Source" trick (CVE-2021-42574; Unicode UAX #9 §2). Article text is untrusted.
- Zero-width space, word joiner and a byte-order mark inside the text (U+200B, U+2060,
  U+FEFF): "Mok\u200bha" matched no place, and a search for the name missed it.

The zero-width joiner and non-joiner (U+200C, U+200D) are kept: Persian, Arabic and Indic
scripts and emoji need them to spell words.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]")
FLAG = "invisible_removed"  # the article's flag; the ingest line says what was done


def without_invisible(*fields: str) -> tuple[list[str], bool]:
    """``fields`` with the characters above removed, and whether any was there."""
    found = any(_INVISIBLE.search(f) for f in fields)
    return ([_INVISIBLE.sub("", f) for f in fields] if found else list(fields)), found
