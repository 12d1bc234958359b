"""A two-party act of yielding told at a third state: the broker's capital, not the act's place.

A truce or a release between two states (CAMEO 1.1b3 root 08, *yield*: 0841 *return,
release person(s)*, 0871 *declare truce, ceasefire*) is often told by a third state that
brokered it: "WASHINGTON - The president said that Ethiopia and Eritrea had agreed to a
ceasefire after talks mediated by the United States". The reader places such a report at the
dateline or at the broker named in the sentence, a place of neither party, while the
parties' outlets place the same act at one of the two. CAMEO codes the act between its source
and target (the mediation itself is another event, §045 *mediate*), and ACLED codes an event
where it took place, never where it was announced or brokered (ACLED Codebook,
geo-precision); so a report whose two sides are known and whose place is in neither side's
country (``third``) says who spoke, not where the two sides yielded. After the blocks are
grouped (``grouping.cluster``), a happening made only of such reports joins whole the one
happening of its type in another country's block when:

- that happening has a report placed in one of the two sides' countries and names both sides
  among its parties (``meetings.parties``);
- every pair of their reports from two articles is dated to the day and within the rule's
  one-day slack (``rules.date_part``: a truce announced late on Monday takes hold on
  Tuesday), shares a side (an actor or an actor country), is not refused by the actor and cue
  parts, and, for a release, does not tell it the other way round (one side's release of the
  other's prisoners and the answering release are two acts: ``_same_way``); complete link;
- it is the **only** such happening (``sole_fit``): two that fit leave the report telling
  either, so it joins neither.

Only the yield family (``YIELD``) is read: a protest or an attack placed in a third state
took place there ("exiles protested outside the embassy in London"), and a meeting's venue is
its place (``meetings`` joins its two sides). The place part of such a pair scores ``THIRD``,
as a lent country does (``lent_countries.LENT``). Issue 16, session 93 (sets BJ, BK, BL: a
truce or an exchange of prisoners told at the broker's capital or the neutral airfield).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from dashboard.happenings.meetings import parties, weighed
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import Part, actor_part, date_part, family, told_apart
from dashboard.happenings.sole_fit import Block, Pick, complete_link, sole_fits
from dashboard.places.sovereigns import sovereign

YIELD = "08"  # CAMEO 1.1b3 root 08, yield: a truce, a release, a withdrawal
RELEASE = "084"  # CAMEO 1.1b3 §084 return, release: a directed act (who freed whom)
THIRD = 0.5  # the place part of a third state's report and the act's side (module doc)


def sides(r: Report) -> frozenset[str]:
    """The two sides' countries of ``r`` (ISO2, each at its sovereign), or an empty set when
    the reader names fewer than two (CAMEO 1.1b3 codes an act between its source and target)."""
    src, tgt = r.source_country, r.target_country
    if src is None or tgt is None or sovereign(src) == sovereign(tgt):
        return frozenset()
    return frozenset({sovereign(src), sovereign(tgt)})


def third(r: Report) -> bool:
    """Is ``r`` an act of yielding dated to the day, with two sides named, placed in the
    country of neither (module doc)?

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> us = Spot("gn:4140963", "Washington", "city", 38.9, -77.0, "US", "US-DC", 1)
    >>> day = date(2025, 3, 11)
    >>> r = Report("e1", "a1", "08", day, day, 1, us, source_country="ET", target_country="ER")
    >>> third(r), third(Report("e2", "a2", "08", day, day, 1, us, source_country="US",
    ...     target_country="ER"))
    (True, False)
    """
    p = r.place
    if p is None or p.country is None or not r.firm or family(r.root) != YIELD:
        return False
    two = sides(r)
    return bool(two) and p.cell not in two


def third_match(a: Report, b: Report) -> Match | None:
    """The match of a third state's report ``a`` with a report ``b`` of its type placed in one
    of ``a``'s two sides' countries (module doc); ``None`` when it fails. Source: ACLED's
    geo-precision rule (an event is placed where it happened, not where it was announced)."""
    pb = b.place
    if not third(a) or pb is None or a.article_id == b.article_id or not b.firm:
        return None
    if family(b.root) != YIELD or pb.country is None or pb.cell not in sides(a):
        return None
    if not (a.countries & b.countries or a.actors & b.actors):
        return None  # a shared side
    if not _same_way(a, b) or told_apart(a, b):
        return None
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    place = Part(
        THIRD, f"{a.place.name if a.place else ''} is a third state's, the act was {pb.name}'s"
    )
    return weighed((date, place, actors))


def _same_way(a: Report, b: Report) -> bool:
    """For a release (``RELEASE``), does ``b`` not name ``a``'s target as the side that freed?
    Each side's release in one exchange is its own act; a truce binds both sides alike."""
    if not (a.code.startswith(RELEASE) and b.code.startswith(RELEASE)):
        return True
    return b.source_country is None or sovereign(b.source_country) != sovereign(
        a.target_country or ""
    )


def join_third(built: Mapping[tuple[str, str], Block], move: Callable[[list[Pick]], None]) -> None:
    """Move each happening made only of third-state reports into the one happening of another
    country's block of its type that every one of its reports matches (module doc, complete
    link), by ``move`` (``grouping._move``); when two or more fit, into neither."""
    move(sole_fits(built, third, _joins))


def _joins(reports: Sequence[Report], peers: Sequence[Report]) -> list[Match] | None:
    """Each third-state report matched with every peer of another article (complete link), or
    ``None``; the peers must name both of its sides and be placed at one of them."""
    named = parties(peers)
    for r in reports:
        if not sides(r) <= named:
            return None
    return complete_link(reports, peers, third_match)
