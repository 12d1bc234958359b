"""Names listed before a plural first-level type word are divisions: "Latakia and Tartus
provinces" is two provinces, not the city of Latakia and the city of Tartus.

The plural word (``data/gazetteer/division_plurals.csv``: provinces, governorates, states,
regions, oblasts, prefectures, each the ISO 3166-2 category of some country's first-order
divisions, GeoNames ADM1; and districts, its category for Sri Lanka's second-order ones, so
an item may also be an ISO 3166-2 second-level division: "the Kandy and Galle districts")
says what every item of the list before it is, as "counties" does
for ``lists.typed_lists``. The items of one list lie in one country: the one holding a
division of the most items' names. Each item becomes that country's division of its name:
one of its candidates, or, where the gazetteer indexes the division under another spelling
("Ḩamāh" for Hama), the division its town of that name lies in and shares its name with (a
province named after its seat). An item with no such division keeps its reading when it lies in that country, and is
read as that country when its reading lies abroad (a division the gazetteer lacks).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.told_within import placed_instead
from dashboard.places.wording import _list_gap


@lru_cache(maxsize=1)
def _plural_words() -> tuple[str, ...]:
    """The plural type words of ``division_plurals.csv``."""
    path = data_dir() / "gazetteer" / "division_plurals.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(row["plural"] for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _plurals() -> re.Pattern[str]:
    """The plural type words as a regex matching one of them right after a single space."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, _plural_words()))})\b")


@lru_cache(maxsize=1)
def _plurals_of() -> tuple[str, ...]:
    """ " provinces of ", " regions of ", ...: a plain test that must pass before the regex
    of ``_plurals_before`` runs (few texts have one)."""
    return tuple(f" {w} of " for w in _plural_words())


def _divisions(m: Mention, gaz: Gazetteer) -> list[Place]:
    """The divisions ``m`` may name: its admin1 candidates of its own name, its ISO 3166-2
    second-level ones ("a2:": Sri Lanka's districts, Burkina Faso's provinces, which ISO
    lists under a first-level region), or the first-level division that holds a town
    candidate and bears that town's very name."""
    found: list[Place] = []
    ids = [pid for pid, _ in m.candidates]
    if m.place is not None:
        ids.append(m.place.id)
    for pid in ids:
        c = gaz.get(pid)
        if c is None:
            continue
        if c.kind == "admin1" or c.id.startswith("a2:"):
            found.append(c)
        elif c.kind == "city" and c.admin1:
            d = gaz.get(f"a1:{c.admin1}")
            if d is not None and d.kind == "admin1" and fold(d.name) == fold(c.name):
                found.append(d)
    return list({d.id: d for d in found}.values())


@lru_cache(maxsize=1)
def _plurals_before() -> re.Pattern[str]:
    """The same plural words before "of" and a list: "the provinces of Latakia and Tartus",
    "the eastern regions of Kherson and Zaporizhzhia" (one describing word may come between)."""
    return re.compile(rf"\b[Tt]he (?:[a-z]+ )?({'|'.join(map(re.escape, _plural_words()))}) of ")


def _list_starting(text: str, mentions: list[Mention], start: int) -> list[int]:
    """Indices of the mentions that form a list starting at ``start`` (right after "the
    provinces of "), first item first; fewer than two when there is no list."""
    first = next((k for k, m in enumerate(mentions) if m.start == start), None)
    if first is None:
        return []
    items = [first]
    k = first
    while k + 1 < len(mentions) and _list_gap(text, mentions[k].end, mentions[k + 1].start):
        k += 1
        items.append(k)
    return items


def _list_ending(text: str, mentions: list[Mention], end: int) -> list[int]:
    """Indices of the mentions that form a list ending at ``end`` (the plural word's
    space), first item first; fewer than two when there is no list."""
    last = next((k for k, m in enumerate(mentions) if m.end == end), None)
    if last is None:
        return []
    items = [last]
    k = last
    while k > 0 and _list_gap(text, mentions[k - 1].end, mentions[k].start):
        k -= 1
        items.append(k)
    items.reverse()
    return items


def division_lists(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with the items of each "A and B provinces" list read as first-level
    divisions of the one country that holds a division of the most of their names (see the
    module), and of each "the provinces of A and B" list alike. Needs two items or more:
    "Idlib province" alone is read elsewhere."""
    if not mentions:
        return mentions
    out = mentions
    lists = [
        (_list_ending(text, mentions, h.start()), h.group(0).strip())
        for h in _plurals().finditer(text)
    ]
    if any(words in text for words in _plurals_of()):
        lists += [
            (_list_starting(text, mentions, h.end()), h.group(1))
            for h in _plurals_before().finditer(text)
        ]
    for items, word in lists:
        if len(items) < 2:
            continue
        options = {k: _divisions(mentions[k], gaz) for k in items}
        votes = Counter(c for ds in options.values() for c in {d.country_code for d in ds})
        if not votes:
            continue
        country, count = votes.most_common(1)[0]
        if count < 2:
            continue  # one item with a division: the list says nothing of where
        for k in items:
            p = mentions[k].place
            division = next((d for d in options[k] if d.country_code == country), None)
            if division is None and p is not None and p.country_code != country:
                # "the Murmansk, Ivanovo and Amur regions": a division the gazetteer lacks
                # (Amur Oblast) is still one of that country's, never a namesake town abroad
                # (Āmūr, India, took a Russian airfield strike); its country at precision 3
                home = gaz.country(country)
                if home is not None:
                    why = f"a list of {word}: a division of {country} the gazetteer lacks, not {p.name}"
                    out = placed_instead(out, mentions, k, home, why)
                continue
            if division is None or (p is not None and p.id == division.id):
                continue
            why = f"a list of {word}: the division {division.name} of {country}, not {p.name if p else 'no place'}"
            out = placed_instead(out, mentions, k, division, why)
    return out
