"""A dotted name prefix inside a name, after the name's first word: "Sault Ste. Marie",
"Port St. Lucie". The scanner (``runs``) reads a dotted prefix that opens a name ("St.
Louis") by moving it one place right over its dot, which leaves two spaces before it when a
word of the name stands before it, so "Port" and "St Lucie" fell apart and neither was the
town. Here, when the whole name with the prefix undotted is a gazetteer name, the name's
words before the dot are moved one place right instead (" Port St Lucie", the same length),
the scanner reads the run whole, and spans are moved back.

Chicago Manual of Style, 17th ed., ch. 10: St., Ste., Mt., Ft. abbreviate Saint, Sainte,
Mount, Fort inside place names as at their start (GeoNames writes Sault Ste. Marie, Ontario
and Michigan, so; Port St. Lucie, Florida, as Port Saint Lucie).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.places.runs import Demonym, Hit, Tables, Token

Scan = Callable[[str, Tables], tuple[list[Hit], list[Demonym]]]
Shift = tuple[int, int]  # (where the moved words start, where the prefix's dot was)

# a capitalised word, a dotted prefix, and one or two capitalised words after it
_INNER = re.compile(
    r"(?<![\w.])(?P<first>[A-Z][a-z]+) (?P<prefix>St|Ste|Mt|Ft)\. "
    r"(?P<rest>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_CHEAP = ("St. ", "Ste. ", "Mt. ", "Ft. ")


def scan_inner(text: str, tables: Tables, scan: Scan) -> tuple[list[Hit], list[Demonym]]:
    """``scan(text, tables)`` with each listed name holding a dotted prefix after its first
    word read whole ("Port St. Lucie" as "Port St Lucie"); offsets are ``text``'s.

    >>> # hits of "in Port St. Lucie on Saturday": ('port st lucie', start 3, end 17)
    """
    if not any(c in text for c in _CHEAP):
        return scan(text, tables)
    shifts = [s for m in _INNER.finditer(text) if (s := _listed(m, tables)) is not None]
    if not shifts:
        return scan(text, tables)
    chars = list(text)
    for start, dot in shifts:
        chars[start : dot + 1] = [" ", *text[start:dot]]
    hits, demonyms = scan("".join(chars), tables)
    hits = [
        (_back(h[0], shifts, 1), _back(h[1], shifts, 2), *h[2:5], _token(h[5], shifts),
         _token(h[6], shifts))
        for h in hits
    ]  # fmt: skip
    return hits, [(_back(d[0], shifts, 1), _back(d[1], shifts, 2), d[2]) for d in demonyms]


def _listed(m: re.Match[str], tables: Tables) -> Shift | None:
    """The shift for ``m`` when its words with the prefix undotted make a gazetteer name,
    the longest first ("Sault Ste Marie"); None when none does."""
    rest = m["rest"].split(" ")
    for n in range(len(rest), 0, -1):
        key = " ".join([m["first"], m["prefix"], *rest[:n]]).lower()
        if key in tables.names:
            return m.start("first"), m.end("prefix")
    return None


def _back(pos: int, shifts: list[Shift], low: int) -> int:
    """``pos`` in the shifted text -> in the original: a start (``low`` 1) or an end (``low``
    2) inside the moved words is one place left."""
    for start, dot in shifts:
        if start + low <= pos <= dot + low - 1:
            return pos - 1
    return pos


def _token(t: Token | None, shifts: list[Shift]) -> Token | None:
    return None if t is None else (_back(t[0], shifts, 1), _back(t[1], shifts, 2), *t[2:])
