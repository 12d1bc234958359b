"""A meeting told from either side: one consultation placed in each party's country.

A meeting, visit or call between two states (CAMEO 04, consult: 040-046) has two parties,
and outlets place it at their own side: "Xi arrived in Moscow for talks with Putin" and a
Beijing dateline's "Xi and Putin held a frank meeting" tell one meeting, at a city in Russia
and at China. The two reports are in two place cells (``Spot.cell``), so the blocks never
compare them. After the blocks are grouped (``grouping._meetings``), a happening of a 04 block
joins whole one happening of another country's 04 block when:

- both happenings name the two countries among their **parties** (``parties``: their
  reports' actor countries and the countries they are placed in), so each side says the
  other took part;
- every pair of their reports from two articles is dated to the same day (dated to the day,
  overlapping: a meeting in each capital on consecutive days is two meetings, a visit and
  the return visit), shares a side (an actor or an actor country), and is not refused by the
  rule's actor and cue parts (``sides_match``); complete link, as everywhere;
- it is clearly the best such happening (``grouping.MARGIN``) and no other happening picks
  the same one.

The place part of such a pair scores ``TWO_SIDES``, as a sea and its shore do
(``rules.OFFSHORE``): the two countries say whose meeting it was, not where it was held.
"""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import (
    MIN_SCORE,
    WEIGHTS,
    Part,
    actor_part,
    date_part,
    family,
    told_apart,
)

MEETING_ROOTS = frozenset({"04"})  # CAMEO 04 consult: discuss, visit, host, meet, mediate
TWO_SIDES = 0.5  # the place part of a pair placed at the meeting's two sides


def parties(members: Iterable[Report]) -> frozenset[str]:
    """The countries a happening's reports name as actors or place it in (ISO2).

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> moscow = Spot("gn:524901", "Moscow", "city", 55.75, 37.62, "RU", "RU-MOW", 1)
    >>> day = date(2023, 3, 20)
    >>> sorted(parties([Report("e1", "a1", "04", day, day, 1, moscow, countries=frozenset({"CN"}))]))
    ['CN', 'RU']
    """
    out: set[str] = set()
    for r in members:
        out |= r.countries
        if r.place is not None and r.place.country is not None:
            out.add(r.place.country)
    return frozenset(out)


def sides_match(a: Report, b: Report, both: frozenset[str]) -> Match | None:
    """The match of two reports of one meeting placed at its two sides (module doc), where
    ``both`` is what the two happenings agree are its parties; ``None`` when it fails."""
    if a.article_id == b.article_id or family(a.root) not in MEETING_ROOTS:
        return None
    pa, pb = a.place, b.place
    if family(b.root) != family(a.root) or pa is None or pb is None:
        return None
    if pa.country is None or pb.country is None or pa.country == pb.country:
        return None
    if not ({pa.country, pb.country} <= both and a.firm and b.firm):
        return None
    if a.start > b.end or b.start > a.end or told_apart(a, b):
        return None  # one day: a visit and the return visit are two meetings
    if not (a.countries & b.countries or a.actors & b.actors):
        return None
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    place = Part(TWO_SIDES, f"{pa.name} and {pb.name}: the two sides of one meeting")
    return weighed((date, place, actors))


def weighed(parts: tuple[Part, Part, Part]) -> Match | None:
    """The match of a pair from its date, place and actor parts, weighed as ``rules.fit``
    weighs them (``WEIGHTS``), or ``None`` under ``MIN_SCORE``; for the pairs whose place part
    a rule of its own gives (a meeting's two sides here, ``homes``' home reports)."""
    score = round(sum(w * p.score for w, p in zip(WEIGHTS, parts, strict=True)), 3)
    return Match(score, "; ".join(p.reason for p in parts)) if score >= MIN_SCORE else None
