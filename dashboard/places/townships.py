"""A US township named as such is the township: "Hamilton Township", "Tewksbury Twp.".

Townships are minor civil divisions of twenty US states (US Census Bureau, Geographic Areas
Reference Manual, ch. 8; GeoNames feature class A, ADMD/ADM3), and local news names them
with the word "Township" or its abbreviation "Twp." after the name (AP Stylebook, "Twp." in
addresses). The name alone is usually also a city's elsewhere ("Madison", "Jackson"), so
reading only the name puts a township of Ohio in Wisconsin or Tennessee; and a township
whose name is no gazetteer town ("Readington Township") was not read at all.

So each "X Township"/"X Twp." is one mention spanning both words, placed in the state the
text is about (the state of the counties it names, else the one most of its US places lie
in): at the gazetteer's township of that name there when it has one; else at a county of
that state the text names (the nearest to the township's mention); else at a town named X
of a state the text names places in that lies within the scorer's 161 km of another place
it names (the story's own area: "Oakport Township north of Moorhead"). Else it is kept as a
place of that state without a point, as the resolver keeps a place the text calls one but
the gazetteer cannot place: the state's centre is often farther than 161 km from the
township, and a wrong point is worse than none. A text about no state is left as it was.
The reason says which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.proximity import CLOSE_KM
from dashboard.places.recognise_filters import is_word, opens
from dashboard.sourced_rows import read_sourced

# up to three capitalised words ("St. Clair", "North Annville") before the type word
_TOWNSHIP = re.compile(
    r"\b((?:(?:[A-Z][a-z]+\.?|St\.) ){0,2}[A-Z][a-z]+) (Township|Twp\.)(?![A-Za-z])"
)
# a rule's reading, not the resolver's scored pick: the score the geoparser gives its other
# rule-read place (the named sea of a relative phrase, "the sea north of X", in ``geoparser``)
_SCORE = 0.8


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    """The determiners of ``data/gazetteer/township_openers.csv`` (a source per row) that
    open a noun phrase before a township's name or the word "Township" ("Three", "The").

    Raises ``ValueError`` for a row without its word or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "township_openers.csv", "word")
    return frozenset(row["word"] for row in rows)


def _opening_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` opens a sentence and is a determiner or an ordinary
    English word (lemminflect's lexicon): capitalised by its place, not as a name."""
    key = fold(word).rstrip(".")
    return opens(text, start) and (key in openers() or is_word(key))


def _name_span(text: str, start: int, name: str) -> tuple[int, str] | None:
    """The township's own name, without a sentence-opening common word before it ("Three
    Readington Township": "Readington"); None for a lone such word ("The Township")."""
    words = name.split(" ")
    while _opening_word(text, start, words[0]):
        if len(words) == 1:
            return None
        start += len(words[0]) + 1
        words = words[1:]
    return start, " ".join(words)


def _text_state(mentions: list[Mention], spans: list[tuple[int, int]]) -> str | None:
    """The US state the text is about: that of the counties it names when one, else the
    one most of its other US places lie in, when it names that state or two places there
    (None on a tie, or with less to go on)."""
    placed = [
        m.place
        for m in mentions
        if m.place is not None
        and m.place.country_code == "US"
        and m.place.admin1
        and not any(s <= m.start < e for s, e in spans)
    ]
    counties = {p.admin1 for p in placed if p.kind == "admin2"}
    if len(counties) == 1:
        return counties.pop()
    counts = Counter(p.admin1 for p in placed if p.kind != "country").most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    state, n = counts[0]
    named = any(p.kind == "admin1" and p.admin1 == state for p in placed)
    return state if named or n >= 2 else None


def _placed(
    name: str, start: int, state: str, mentions: list[Mention], inner: list[Place], gaz: Gazetteer
) -> tuple[Place | None, str] | None:
    """The township's place and the reason for it (see the module's docstring); ``inner``:
    the places the resolver gave the names inside the township's span ("Annville" of
    "North Annville Township")."""
    for p in gaz.lookup(f"{name} Township"):
        if p.admin1 == state:
            return p, "the gazetteer's township of that name in the text's state"
    counties = [m for m in mentions if m.place and m.place.kind == "admin2"]
    counties = [m for m in counties if m.place and m.place.admin1 == state]
    if counties:
        near = min(counties, key=lambda m: abs(m.start - start))
        assert near.place is not None
        return (
            near.place,
            f"a township the gazetteer lacks; in {near.place.name}, named in the text",
        )
    others = [m.place for m in mentions if m.place and m.place.country_code == "US"]
    states = {p.admin1 for p in others if p is not None}
    towns = [*gaz.lookup(name), *inner]
    for p in sorted(towns, key=lambda p: p.admin1 != state):
        if p.kind == "city" and p.admin1 in states and _near_any(p, others):
            why = "a township the gazetteer lacks; at its namesake town near the text's places"
            return p, why
    region = gaz.get(f"a1:{state}")
    if region is None:
        return None
    return None, f"a township the gazetteer lacks, in {region.name}, the text's state"


def _near_any(p: Place, others: Sequence[Place | None]) -> bool:
    """Whether ``p`` lies within ``CLOSE_KM`` of another town among ``others``."""
    if p.lat is None or p.lon is None:
        return False
    return any(
        o is not None
        and o.id != p.id
        and o.kind == "city"
        and o.lat is not None
        and o.lon is not None
        and distance_km(p.lat, p.lon, o.lat, o.lon) <= CLOSE_KM
        for o in others
    )


def townships(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each "X Township"/"X Twp." read as one mention of the township,
    placed as the module's docstring says (or without a point); those inside it are dropped.

    >>> from dashboard.places.gazetteer import load
    >>> gaz = load()
    >>> ohio = Mention(33, 37, "Ohio", gaz.get("a1:US-OH"), 1.0, "only candidate")
    >>> found = townships("Roads closed in Jerome Township, Ohio.", [ohio], gaz)
    >>> [(m.text, m.place and m.place.name) for m in found]
    [('Jerome Township', None), ('Ohio', 'Ohio')]
    """
    if " Township" not in text and " Twp." not in text:
        return mentions  # the common case
    found = []
    for hit in _TOWNSHIP.finditer(text):
        named = _name_span(text, hit.start(), hit.group(1))
        if named is not None:
            found.append((named[0], hit.end(), named[1]))
    if not found:
        return mentions
    spans = [(s, e) for s, e, _ in found]
    state = _text_state(mentions, spans)
    if state is None:
        return mentions
    rest = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
    read = []
    for s, e, name in found:
        inner = [m.place for m in mentions if m.place and s <= m.start < e]
        chosen = _placed(name, s, state, rest, inner, gaz)
        if chosen is not None:
            place, why = chosen
            if place is None:
                read.append(Mention(s, e, text[s:e], None, 0.0, why))
                continue
            read.append(Mention(s, e, text[s:e], place, _SCORE, why, ((place.id, _SCORE),)))
    kept = [m for m in mentions if not any(t.start <= m.start < t.end for t in read)]
    return sorted([*kept, *read], key=lambda m: (m.start, m.end))
