"""Acts named by a noun over a vague stretch up to now ("suffered takeovers or unrest in
recent years", "the raids of the past few years"): background, with no day.

A noun trigger whose clause carries a vague span reaching to the report's time (the rows of
data/lexicon/vague_spans.csv: "in recent years", "over the past decade") names what
happened at some time in that stretch, many times or once, not an occurrence the report
dates: TimeML 1.2.1 gives such a span (a DURATION anchored to the document time) no point a
date could be read from, and the week up to publication, the fallback for an undated act,
would be a confident wrong date. A finite verb ("Police arrested dozens on Monday, the most
in recent years") keeps its own reading; only a noun's clause is read here.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.tokens import tokenize, verb_forms
from dashboard.events.trigger import Trigger
from dashboard.paths import data_dir

# how far after the noun the span may stand in its clause ("unrest in recent years": one word
# between; "takeovers or unrest in recent years")
_REACH = 40
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|while|and|as)\b")


@lru_cache(maxsize=1)
def _span() -> re.Pattern[str]:
    """The phrases of data/lexicon/vague_spans.csv, longest first, as one pattern."""
    path = data_dir() / "lexicon" / "vague_spans.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        words = sorted((r["words"].lower() for r in csv.DictReader(fh)), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def over_vague_span(text: str, trig: Trigger) -> bool:
    """Is ``trig`` a noun (its last word no past verb form, and a noun if it may be a
    third-person verb: "riots") followed in its
    clause, within ``_REACH`` characters, by a phrase of vague_spans.csv?"""
    words = trig.text.split()
    if not words:
        return False
    forms = verb_forms(words[-1].lower())
    if forms is not None and forms[1] & {"VBD", "VBN"}:
        return False
    if forms is not None and "VBZ" in forms[1] and "NOUN" not in tokenize(words[-1])[0].pos:
        return False  # "riots" may be a plural noun; "resumes" is a verb only
    tail = text[trig.end : trig.end + _REACH]
    stop = _CLAUSE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    return _span().search(tail) is not None
