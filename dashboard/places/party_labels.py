"""A legislator's party label names a place: "Brent Boggs, D-Braxton", "Tom Bakk, DFL-Cook".

News writes a lawmaker's party and home after the name (AP Stylebook, "party affiliation"):
the state for a member of Congress ("Sen. X, D-Calif."), the hometown or the county of the
district for a member of a state legislature ("Rep. X, R-Elbow Lake", "Delegate X,
D-Kanawha"). The labels are data with a source on each row,
``data/gazetteer/party_labels.csv``.

A state legislator's home lies in the state the text is about, so the name after the label is
read there: the state's town of that name (the biggest, if several), else its county or
parish of that name ("D-Braxton": Braxton County, West Virginia, which has no town Braxton).
The state is the one the text names most, at least once and twice as often as any other
(``focus.dominant``); a text that names no state, or two equally, leaves its labels as the
resolver read them. A label that names a state itself ("D-Calif", its dot left out) is that
state. A name with no such place in the state is left alone: the label says where to look,
not that a place exists.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.focus import dominant
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key

# a capitalised word of a home's name: "Braxton", "McDowell", "Elbow", "O'Fallon"
_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?"
# what may follow the label: punctuation ("D-Hardy;", "R-Elbow Lake,", "D-McDowell."), the
# end of the text, or a word that starts the rest of the sentence ("D-Story City and")
_AFTER = r"(?=[,;:)\]—–]|\.(?:\s|$)|\s+(?:and|or|who|said|says|is|was|has|had)\b|$)"
_KINDS_IN_ORDER = ("city", "admin2")  # a town first, then the county
_DIVISION_WORDS = (" County", " Parish")  # a state's county, or Louisiana's parish
_STATE_LEAST = 1  # the state is named at least this often ...
_STATE_RATIO = 2  # ... and this many times as often as any other state


@lru_cache(maxsize=1)
def party_labels() -> dict[str, str | None]:
    """The labels of ``data/gazetteer/party_labels.csv`` ("D", "R", "I", "DFL"), each with the
    one state its party runs in ("DFL": "US-MN"), or None for a national party. Raises
    ``OSError`` when the file is missing."""
    path = data_dir() / "gazetteer" / "party_labels.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["label"]: row["state"] or None for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    # after a name (a capitalised word) and a comma or an opening bracket: "Boggs, D-Braxton",
    # "Roberts (R-Ocilla)"; not after a common word ("the delegates voted, D-Dayton said")
    labels = "|".join(re.escape(label) for label in sorted(party_labels(), key=len, reverse=True))
    return re.compile(
        rf"\b[A-Z][A-Za-z'’.-]*(?:, | \()(?P<label>{labels})-(?P<home>{_WORD}(?: {_WORD}){{0,2}})"
        + _AFTER
    )


@lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(party_labels(), key=len, reverse=True))
    return re.compile(rf"\b[A-Z][A-Za-z'’.-]*(?:, | \()(?:{labels})-$")


def after_party_label(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the home of a party label ("Ann Lee, D-Hardy"): it
    tells who a legislator is, not where an act took place.

    >>> after_party_label("Ann Lee, D-Hardy, said", 11)
    True
    >>> after_party_label("a D-Day anniversary", 4)
    False
    """
    return _label_before().search(text, max(0, start - 40), start) is not None


def label_homes(text: str) -> list[tuple[int, int, str | None]]:
    """The spans of the homes named in party labels after a name, in text order, each with
    its party's one state (None for a national party).

    >>> text = "said Rep. Ann Lee, R-Elbow Lake, and Sen. Bo Kim (DFL-Cook)."
    >>> [(text[s:e], state) for s, e, state in label_homes(text)]
    [('Elbow Lake', None), ('Cook', 'US-MN')]
    >>> label_homes("the D-Day landings") == label_homes("a Lee, X-Ray test") == []
    True
    """
    return [
        (*m.span("home"), party_labels()[m.group("label")]) for m in _label_pattern().finditer(text)
    ]


def text_state(mentions: list[Mention], label_states: list[str]) -> str | None:
    """The US state (ISO 3166-2) the text names most, at least once and twice as often as any
    other state, or None: each mention of a state counts once, as does each label of a party
    that runs in one state alone (``label_states``)."""
    counts: dict[str, int] = {}
    for code in label_states:
        counts[code] = counts.get(code, 0) + 1
    for m in mentions:
        p = m.place
        if p is not None and p.kind == "admin1" and p.country_code == "US" and p.admin1:
            counts[p.admin1] = counts.get(p.admin1, 0) + 1
    return dominant(counts, _STATE_LEAST, _STATE_RATIO)


def named_state(name: str, gaz: Gazetteer) -> Place | None:
    """The US state a label's ``name`` names ("Calif", its dot left out), or None."""
    for p in gaz.places_of(gaz.index.get(name_key(name), ())):
        if p.kind == "admin1" and p.country_code == "US":
            return p
    return None


def home_in_state(name: str, state: str, gaz: Gazetteer) -> Place | None:
    """The place a label's ``name`` means in ``state``: its biggest town of that name, else
    its county or parish of that name; None when the state has neither."""
    places = gaz.places_of(gaz.index.get(name_key(name), ()))
    towns = [p for p in places if p.kind == "city" and p.admin1 == state]
    if towns:
        return max(towns, key=lambda p: p.population)
    for words in _DIVISION_WORDS:
        for p in gaz.places_of(gaz.index.get(name_key(name + words), ())):
            if p.kind == "admin2" and p.admin1 == state:
                return p
    return None


def party_label_homes(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each party label's home read in the text's state (module doc): a
    mention of the home placed elsewhere, or spanning the label ("R-Elbow Lake"), gives way
    to the home in that state; a home the recogniser missed is added. Unchanged when the text
    has no label or no state."""
    spans = label_homes(text)
    if not spans:
        return mentions
    state = text_state(mentions, [code for _, _, code in spans if code])
    out = list(mentions)
    for start, end, own in spans:
        over = [m for m in out if m.start < end and m.end > start]
        home = named_state(text[start:end], gaz)
        where = own or state
        if home is None and where is not None:
            if any(m.place is not None and m.place.admin1 == where for m in over):
                continue  # already read in the state
            home = home_in_state(text[start:end], where, gaz)
        if home is None or any(m.place == home for m in over):
            continue
        why = (
            "a legislator's home state in a party label"
            if home.kind == "admin1"
            else f"a legislator's home in a party label, read in {where}, the state the text names"
        )
        gone = {id(m) for m in over}
        out = [m for m in out if id(m) not in gone]
        out.append(Mention(start, end, text[start:end], home, 1.0, why, ((home.id, 1.0),)))
    return sorted(out, key=lambda m: (m.start, m.end))
