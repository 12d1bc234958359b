"""A country's name used for the state that acts is the country, not a division of its name.

"Niger" is a country and a state of Nigeria; "Georgia" a country and a US state. The
resolver prefers the division in a text set in its country (the dateline's, +1.2; the
document's main country, +0.8), which is right for "floods in Niger State" and for "Georgia"
in Atlanta's news, but wrong for "ABUJA — Niger's junta expelled the French ambassador":
only a sovereign state has a junta, an ambassador, sanctions laid on it. A name whose words
around it say so (``data/gazetteer/sovereign_cues.csv``, each cue sourced) is moved to the
country of that very name:

- ``after``: the possessive, then the cue, one word between at most ("Niger's junta",
  "Georgia's new parliament");
- ``its``: the name, a verb, "its" and the cue ("Niger closed its border");
- ``before``: the cue's noun up to five words before its preposition, right before the name
  ("sanctions imposed by ECOWAS on Niger", "the ambassador to Georgia").

A name written with its type word ("Niger State", "the state of Niger") keeps the division.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.places.cue_files import alternation, cue_words
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.told_within import placed_instead

_REACH = 80  # characters before a name that a "before" cue may take


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(after, its, before) patterns from ``sovereign_cues.csv``, case-blind."""
    rows = cue_words("sovereign_cues.csv", "after", "its", "before")
    after = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{alternation(rows['after'])})\b", re.IGNORECASE)
    its = re.compile(rf"\s+[a-z]+\s+its\s+(?:{alternation(rows['its'])})\b", re.IGNORECASE)
    nouns = [w.rsplit(" ", 1) for w in rows["before"]]
    before = re.compile(
        "|".join(
            rf"\b{re.escape(n)}\b(?:\s+[^\s.;!?]+){{0,5}}?\s+{re.escape(p)}\s+(?:the\s+)?$"
            for n, p in nouns
        ),
        re.IGNORECASE,
    )
    return after, its, before


def _acts_as_state(text: str, m: Mention) -> bool:
    """Whether the words around ``m`` speak of a sovereign state (see the module)."""
    after, its, before = _cues()
    if after.match(text, m.end) or its.match(text, m.end):
        return True
    start = max(0, m.start - _REACH)
    return before.search(text, start, m.start) is not None


def _country_of_name(m: Mention, gaz: Gazetteer) -> Place | None:
    """The country among ``m``'s candidates whose own name is the name as written."""
    key = fold(m.text)
    for pid, _ in m.candidates:
        c = gaz.get(pid)
        if c is not None and c.kind == "country" and fold(c.name) == key:
            return c
    return None


def sovereign_use(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each division that shares its name with a country moved to the
    country where the words around it speak of a sovereign state (see the module)."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "admin1" or len(m.candidates) < 2:
            continue  # the common case: no division with a country's name
        if fold(m.text) != fold(p.name) or "with the name: the division" in m.reason:
            continue  # "Niger State", "the state of Niger": the division, as written
        country = _country_of_name(m, gaz)
        if country is None or not _acts_as_state(text, m):
            continue
        why = (
            f"a sovereign state's act or organ is named with it: the country {country.name},"
            f" not the {p.country_code} division {p.name}"
        )
        out = placed_instead(out, mentions, k, country, why)
    return out
