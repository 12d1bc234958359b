"""A list of names before a plural type word names divisions: "Becker, Clay and Douglas
counties" is three counties, not the towns Becker, Clay and Douglas.

Local news lists its counties so ("Douglas, Sarpy and Lancaster counties", "Camden and
Charlton counties in Georgia"). Each name alone is a common town name, and the resolver,
taking each alone, gives it to the biggest town of that name. The plural word says what
every item is; the items of one list lie in one state, so the state holding a county of
the most items' names is the one meant (the state named right after the list, "... counties
in Florida", first). Items the gazetteer has no such county for keep their reading.
"""

from __future__ import annotations

import re
from collections import Counter

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key

# the plural type word and the singular each item takes ("Orleans Parish")
_PLURALS = {"counties": "county", "parishes": "parish"}
_PLURAL_RE = re.compile(r"\b(counties|parishes)\b")
# a state named right after the plural word: "counties in Georgia", "parishes of Louisiana"
_STATE_AFTER = re.compile(r" (?:in|of) (?:the state of )?$")


def typed_lists(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with the items of each "A, B and C counties" list read as counties of
    the one state that holds a county of the most of their names (see the module doc).
    An item the resolver did not report (a name the gazetteer has only as a county) is
    added. Mentions stay in text order."""
    if "counties" not in text and "parishes" not in text:
        return mentions  # the common case: no plural type word
    out = list(mentions)
    changed = False
    for plural in _PLURAL_RE.finditer(text):
        start = plural.start()
        items = _list_before(text, start - 1)
        if len(items) < 2:
            continue  # "the counties", "Douglas County's two counties": no list
        if _names_divisions(out, items[0][1], start):
            continue  # "Texas and Oklahoma counties": the counties of two states
        word = _PLURALS[plural.group(1)]
        found_counties = [_counties(name, word, gaz) for name, _, _ in items]
        options = [counties for counties, _ in found_counties]
        state = _state(options, text, plural.end(), out)
        if state is None:
            continue
        for (_, s, e), (counties, lead) in zip(items, found_counties, strict=True):
            county = next((c for c in counties if c.admin1 == state), None)
            if county is not None:
                out = _placed(out, text, s + lead, e, county, counties, plural.group(1))
                changed = True
    if not changed:
        return mentions
    return sorted(out, key=lambda m: (m.start, m.end))


def _names_divisions(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether every placed mention between ``start`` and ``end`` is a state or country: then
    the list says whose counties, not which ("rural Kansas and Missouri counties"). One state
    name among towns ("Dakota, Otoe and Washington counties") is a county's name too."""
    kinds = [m.place.kind for m in mentions if m.place is not None and start <= m.start < end]
    return bool(kinds) and all(k in ("admin1", "country") for k in kinds)


# what joins a list's items, longest first: read backwards from each item's start
_JOINERS = (", and ", ", or ", " and ", " or ", ", ")
_MAX_WORDS = 4  # of one item ("Otter Tail", "St. Johns")
_MAX_ITEMS = 12


def _list_before(text: str, end: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of the items of a list of capitalised names ending at ``end``
    (the space before the plural word), first item first; fewer than two when there is no
    list. Read backwards word by word: a regex searched over the text before each plural
    word cost more than the rest of this pass."""
    items: list[tuple[str, int, int]] = []
    pos = end  # the gap before the plural word: a single space
    if pos <= 0 or text[pos] != " ":
        return items
    while len(items) < _MAX_ITEMS:
        stop = pos
        words = 0
        while words < _MAX_WORDS:
            s = text.rfind(" ", 0, pos) + 1
            word = text[s:pos]
            if not word[:1].isupper() or not word.replace("'", "").replace(".", "").isalpha():
                break
            words += 1
            pos = s - 1
            if pos < 0 or text[pos] != " ":
                break
        if words == 0:
            break
        items.append((text[pos + 1 : stop], pos + 1, stop))
        joiner = next((j for j in _JOINERS if text.endswith(j, 0, pos + 1)), None)
        if joiner is None:
            break
        pos = pos + 1 - len(joiner)
    items.reverse()
    return items


def _counties(name: str, word: str, gaz: Gazetteer) -> tuple[list[Place], int]:
    """The divisions "<name> County" (or Parish) in the gazetteer, and how many characters
    of ``name`` lead the words they are named by: the name without its first words is tried
    when it has none ("Small Hitchcock" -> "Hitchcock", 6)."""
    words = name.split(" ")
    lead = 0
    for k in range(len(words)):
        key = name_key(" ".join(words[k:]) + " " + word)
        found = [p for p in gaz.places_of(gaz.index.get(key, ())) if p.kind == "admin2"]
        if found:
            return found, lead
        lead += len(words[k]) + 1
    return [], 0


def _state(
    options: list[list[Place]], text: str, after: int, mentions: list[Mention]
) -> str | None:
    """The state whose counties the list names: the one named right after the plural word
    when it holds one of them, else the one holding a county of the most items, the state
    of the text's other places breaking a tie; None with fewer than two items placed or an
    unbroken tie."""
    votes = Counter(a for counties in options for a in {c.admin1 for c in counties if c.admin1})
    if not votes:
        return None
    named = _state_after(text, after, mentions)
    if named is not None and named in votes:
        return named
    ranked = votes.most_common()
    best, count = ranked[0]
    if count < 2:
        return None  # one item with a county: the list says nothing of which
    tied = [a for a, n in ranked if n == count]
    if len(tied) == 1:
        return best
    home = Counter(m.place.admin1 for m in mentions if m.place is not None and m.place.admin1)
    tied.sort(key=lambda a: -home.get(a, 0))
    if home.get(tied[0], 0) > home.get(tied[1], 0):
        return tied[0]
    return None


def _state_after(text: str, after: int, mentions: list[Mention]) -> str | None:
    """The first-level division a mention right after the plural word names ("counties in
    Florida"), or None."""
    for m in mentions:
        if m.start < after:
            continue
        if m.start - after > 24 or m.place is None or m.place.kind != "admin1":
            return None
        if _STATE_AFTER.fullmatch(text, after, m.start) is None:
            return None
        return m.place.admin1
    return None


def _placed(
    mentions: list[Mention],
    text: str,
    start: int,
    end: int,
    county: Place,
    counties: list[Place],
    plural: str,
) -> list[Mention]:
    """``mentions`` with those overlapping the item ``text[start:end]`` replaced by one
    mention of ``county`` there."""
    why = f"a list of {plural}: the county of that name in {county.admin1}, where the list lies"
    candidates = tuple((c.id, 1.0 if c is county else 0.0) for c in counties)
    new = Mention(start, end, text[start:end], county, 1.0, why, candidates)
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    return [*kept, new]
