"""Newsroom boilerplate about a comment sought and not given: "did not respond to requests
for comment", "could not be reached for comment", "did not immediately return calls seeking
comment". The phrase tells the reporter's unanswered request, not an act of the one asked:
no appeal (the request is the newsroom's, not a side's, CAMEO 1.1b3 §02), no statement and
no refusal (§011 "decline comment" codes an explicit refusal, which "declined to comment"
still is). A source's terms of anonymity ("who asked not to be named", "spoke on condition
of anonymity") are the same newsroom sourcing: the source's request to the reporter, no
appeal to a side. Phrases are ``data/lexicon/no_comment.csv`` rows, each with its source.

Row syntax: space-separated slots; a slot is ``|``-separated alternatives, ``_`` a space
inside one; a slot starting ``?`` may be left out; the word ``POSSESSIVE`` stands for whose
request it was, a name of up to four words with its possessive ending ("Reuters' request",
"the Financial Times's emails"; CGEL ch. 5 §16: a plural-looking name takes the bare
apostrophe).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.prefilter import Gated, gated

Span = tuple[int, int]
# what the request was about runs to the clause's end ("requests for comment on the attack in
# El Fasher"): the topic of a comment not given, no act told here
_CLAUSE_END = re.compile(r"[.;:!?,]|\s(?:but|while|although|whereas)\s")


# whose request it was: "Reuters'", "AFP's", "the New York Times'" (a name, then 's or a bare
# apostrophe), or a possessive determiner
_POSSESSIVE = r"(?:(?:[\w.&-]+\s+){0,3}[\w.&-]+(?:['’]s|s['’])|our|my|his|her|their|its)"


def _alternative(alt: str) -> str:
    return _POSSESSIVE if alt == "POSSESSIVE" else r"\s+".join(map(re.escape, alt.split("_")))


def _slot(slot: str) -> str:
    optional = slot.startswith("?")
    alts = "|".join(_alternative(alt) for alt in slot.lstrip("?").split("|"))
    return rf"(?:(?:{alts})\s+)?" if optional else rf"(?:{alts})\s+"


def _row_pattern(phrase: str) -> str:
    slots = phrase.split()
    if not slots or slots[-1].startswith("?"):
        raise ValueError(f"no_comment.csv: bad phrase {phrase!r} (a last slot is required)")
    body = "".join(_slot(s) for s in slots)
    return body[: -len(r"\s+")] if body.endswith(r"\s+") else body


@cache
def _pattern() -> Gated:
    """Every row of ``no_comment.csv`` as one alternation; a row with no source is an error."""
    rows = sourced_rows("no_comment.csv", "phrase")
    alts = "|".join(_row_pattern(r["phrase"]) for r in rows)
    return gated(rf"\b(?:{alts})\b", re.IGNORECASE)


def no_comment_spans(text: str) -> list[Span]:
    """Where ``text`` (one sentence) tells a comment sought and not given, each span running
    from the phrase to its clause's end.

    >>> no_comment_spans("The ministry did not respond to a request for comment on the raid.")
    [(13, 65)]
    """
    spans = []
    for m in _pattern().finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), end.start() if end else len(text)))
    return spans


def within(offset: int, spans: list[Span]) -> bool:
    """Whether ``offset`` lies inside one of ``spans``."""
    return any(a <= offset < b for a, b in spans)
