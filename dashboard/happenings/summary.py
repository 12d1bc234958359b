"""One happening for the reader: its best-supported date and place, who reported it, and
where the reports disagree (date, place, actors, numbers), each reading with its sources,
in the spirit of the events' ``date_conflict`` flag.

"Best supported" is the reading the most independent sources give (``sources.count_sources``
semantics: outlets, a wire copy once); a tie goes to the more precise reading (ACLED's
lower precision code), then to the earlier date or the place named first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dashboard.happenings.model import Spot
from dashboard.happenings.rules import contains

# numbers a report gives, by what they count (a table, not a lexicon: a few English cues)
_NUMBER = r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
NUMBER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (what, re.compile(pattern, re.IGNORECASE))
    for what, pattern in (
        (
            "killed",
            rf"\b(?:killing|killed|kills)\s+(?:at least |more than |about |some )?{_NUMBER}\b",
        ),
        (
            "killed",
            rf"\b{_NUMBER}\s+(?:people\s+|civilians\s+|soldiers\s+)?(?:were\s+)?(?:killed|dead|died)\b",
        ),
        ("killed", rf"\bdeath toll\b[^.]{{0,40}}?\b{_NUMBER}\b"),
        ("injured", rf"\b{_NUMBER}\s+(?:people\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b"),
        ("fired", rf"\b{_NUMBER}\s+(?:\w+\s+)?(?:missiles|drones|rockets|shells)\b"),
    )
)


@dataclass(frozen=True, slots=True)
class Witness:
    """One report of the happening: its reading, its sentence and where it came from."""

    event_id: str
    article_id: str
    outlet: str
    title: str
    url: str
    sentence: str
    start: date
    end: date
    precision: int
    place: Spot | None
    actors: tuple[str, ...]
    countries: tuple[str | None, ...] = ()  # ISO2 of each actor, aligned with ``actors``
    source: str = ""  # who backs it: its wire group, else its outlet (set by ``summarise``)


@dataclass(frozen=True, slots=True)
class Reading:
    """One value the reports give, and the outlets that give it."""

    value: str
    outlets: tuple[str, ...]
    event_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    field: str  # "date", "place", "actors" or "numbers: killed" (and injured, fired)
    readings: tuple[Reading, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    date_start: date
    date_end: date
    time_precision: int
    place: Spot | None
    outlets: tuple[str, ...]
    disagreements: tuple[Disagreement, ...]

    def record(self) -> dict[str, Any]:
        p = self.place
        return {
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "time_precision": self.time_precision,
            "place": None
            if p is None
            else {
                "id": p.id,
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "country_code": p.country,
                "geo_precision": p.precision,
            },
            "outlets": list(self.outlets),
            "disagreements": [
                {
                    "field": d.field,
                    "readings": [
                        {
                            "value": r.value,
                            "outlets": list(r.outlets),
                            "event_ids": list(r.event_ids),
                        }
                        for r in d.readings
                    ],
                }
                for d in self.disagreements
            ],
        }


def summarise(witnesses: Sequence[Witness], source_of: Mapping[str, str] | None = None) -> Summary:
    """The happening's best date and place and its disagreements (``witnesses`` not empty).
    ``source_of`` maps an article id to its source (its wire group): support is counted in
    sources, so a wire copy carried by two outlets backs a reading once; by default each
    outlet is a source."""
    if not witnesses:
        raise ValueError("a happening has at least one report")
    key = source_of or {}
    witnesses = [replace(w, source=key.get(w.article_id, w.outlet)) for w in witnesses]
    when = max(
        _group(witnesses, lambda w: (w.start, w.end, w.precision)).items(),
        key=lambda kv: (
            len(set(kv[1][0])),
            -kv[0][2],
            -(kv[0][1] - kv[0][0]).days,
            -kv[0][0].toordinal(),
        ),
    )[0]
    placed = [w for w in witnesses if w.place is not None]
    place = None
    if placed:
        by_place = _group(placed, lambda w: w.place.id)
        first = {w.place.id: n for n, w in reversed(list(enumerate(placed)))}  # type: ignore[union-attr]
        spot = {k: placed[n].place for k, n in first.items()}  # each place as first named
        # a tie of support goes to the finer place, and a country is the coarsest reading of
        # all: a water body or region at the same geo precision names where in or off it
        # (ACLED codes the most specific location the sources give)
        pid = max(
            by_place,
            key=lambda k: (
                len(set(by_place[k][0])),
                -spot[k].precision,  # type: ignore[union-attr]
                spot[k].kind != "country",  # type: ignore[union-attr]
                -first[k],
            ),
        )
        place = spot[pid]
    outlets = tuple(sorted({w.outlet for w in witnesses}))
    return Summary(when[0], when[1], when[2], place, outlets, disagreements(witnesses, place))


def disagreements(witnesses: Sequence[Witness], best: Spot | None) -> tuple[Disagreement, ...]:
    """Where reports differ: two days, two places neither inside the other, two different
    lead actors, or two different counts of one thing."""
    out = []
    days = [w for w in witnesses if w.precision == 1]
    dates = _readings(days, lambda w: str(w.start) if w.start == w.end else f"{w.start}–{w.end}")
    if len(dates) > 1:
        out.append(Disagreement("date", dates))
    if best is not None:
        clash = {w.place.id for w in witnesses if w.place and _apart(w.place, best)}
        if clash:
            shown = [
                w for w in witnesses if w.place and (w.place.id in clash or w.place.id == best.id)
            ]
            out.append(Disagreement("place", _readings(shown, lambda w: w.place.name)))
    leads = [w for w in witnesses if w.actors]
    actors = _readings(leads, lambda w: w.actors[0])
    # "Kim Jong Un" against "North Korea" is one side named two ways; two countries are not,
    # unless each report names the other's too ("Iran fired at Israel" and "Israel shot down
    # what Iran fired" lead with two sides of one exchange)
    if _two_sides(leads):
        out.append(Disagreement("actors", actors))
    for what in dict.fromkeys(what for what, _ in NUMBER_CUES):
        said = [(w, n) for w in witnesses for n in numbers(w.sentence).get(what, [])]
        readings = _pairs(said)
        if len(readings) > 1:
            out.append(Disagreement(f"numbers: {what}", readings))
    return tuple(out)


def numbers(sentence: str) -> dict[str, list[str]]:
    """Counts a sentence gives, by what they count.

    >>> numbers("The strike killed at least 12 people; 30 were injured.")
    {'killed': ['12'], 'injured': ['30']}
    """
    found: dict[str, list[str]] = {}
    for what, pattern in NUMBER_CUES:
        for m in pattern.finditer(sentence):
            value = m.group(1).replace(",", "").casefold()
            if value not in found.setdefault(what, []):
                found[what].append(value)
    return {k: v for k, v in found.items() if v}


def _two_sides(leads: Sequence[Witness]) -> bool:
    """Two reports lead with actors of two countries, and neither names the other's."""
    firsts = [(w.countries[0], set(w.countries)) for w in leads if w.countries and w.countries[0]]
    return any(
        a != b and a not in named_b and b not in named_a
        for i, (a, named_a) in enumerate(firsts)
        for b, named_b in firsts[i + 1 :]
    )


def _apart(a: Spot, b: Spot) -> bool:
    return a.id != b.id and not contains(a, b) and not contains(b, a)


def _group(ws: Sequence[Witness], key: Any) -> dict[Any, tuple[list[str], list[str]]]:
    """Readings -> (the sources that give each, the event ids)."""
    out: dict[Any, tuple[list[str], list[str]]] = {}
    for w in ws:
        outlets, ids = out.setdefault(key(w), ([], []))
        outlets.append(w.source or w.outlet)
        ids.append(w.event_id)
    return out


def _readings(ws: Sequence[Witness], key: Any) -> tuple[Reading, ...]:
    return _pairs([(w, key(w)) for w in ws])


def _pairs(said: Sequence[tuple[Witness, str]]) -> tuple[Reading, ...]:
    # dicts as ordered sets: a reading of a big happening has thousands of outlets
    values: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for w, v in said:
        outlets, ids = values.setdefault(v, ({}, {}))
        outlets[w.outlet] = ids[w.event_id] = None
    return tuple(Reading(v, tuple(o), tuple(i)) for v, (o, i) in values.items())
