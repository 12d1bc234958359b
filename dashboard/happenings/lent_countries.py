"""A report placed only by a country lent from its sentence: the act's place is unnamed.

"Germany condemned the shelling, its foreign ministry said" names no place of the shelling;
the reader, finding none in the act's own clause, lends the event the first place its
sentence names (``Spot.inferred``), here the reacting state. So do a nationality ("two
French aid workers were killed"), a mediator ("talks brokered by Qatar") and a speaker's
country. ACLED codes an event where it took place and at the precision the source gives
(ACLED Codebook, geo-precision), never where a reaction was voiced, so such a **lent
country** says who spoke or who was involved, not where the act was, and its place cell
never meets the one of the act's own place. After the blocks are grouped
(``grouping.cluster``), a happening whose every report is placed by a lent whole country
(``lent``) joins whole the one happening of another country's block of its type when:

- every pair of their reports from two articles is dated to one and the same day (both
  reports dated to the day: a week-dated report, a headline's or a background line's, could
  be any of its days) and not refused by the rule's actor and cue parts; complete link;
- the two reports share a side: an actor, or an actor's country (CAMEO's source and target);
  a disaster has no sides, so two reports of one hazard type are tied when the lent report
  names the country of the other's place among its actor countries (the struck state, whose
  people or craft it names: ``_tied``);
- that happening has a report placed by a place of its own (not lent);
- it is the **only** such happening: two that fit leave the lent report telling either, so
  it joins neither (as ``homes`` does for a report placed at the attacker's country).

The place part of such a pair scores ``LENT``: the lent country says nothing of the place.
Issue 16, session 90 (hap108's class of place disagreements: a place lent in a third country).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from dashboard.happenings.meetings import weighed
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import Part, actor_part, date_part, family, told_apart
from dashboard.happenings.sole_fit import Block, Pick, complete_link, sole_fits

LENT = 0.5  # the place part of a lent-country report and the act's own place (module doc)


def lent(r: Report) -> bool:
    """Is ``r`` dated to one day and placed only by a whole country lent from its sentence?"""
    p = r.place
    return p is not None and p.inferred and p.kind == "country" and r.firm and not r.home


def lent_match(a: Report, b: Report) -> Match | None:
    """The match of a lent-country report ``a`` with a report ``b`` of its type placed in
    another country (module doc); ``None`` when it fails.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> de = Spot("cc:DE", "Germany", "country", 51.0, 10.0, "DE", None, 3, inferred=True)
    >>> town = Spot("gn:1", "Tarnow", "city", 50.0, 21.0, "PL", None, 1)
    >>> day = date(2024, 3, 5)
    >>> a = Report("e1", "a1", "18", day, day, 1, de, countries=frozenset({"PL"}))
    >>> b = Report("e2", "a2", "18", day, day, 1, town, countries=frozenset({"PL"}))
    >>> lent_match(a, b).score, lent_match(a, b.__class__("e3", "a3", "18", day, day, 1,
    ...     town, countries=frozenset({"CZ"})))
    (0.8, None)
    """
    pa, pb = a.place, b.place
    if not lent(a) or pa is None or pb is None or pb.inferred or a.article_id == b.article_id:
        return None
    if family(a.root) != family(b.root) or pb.country is None or pb.country == pa.country:
        return None
    if not b.firm or (a.start, a.end) != (b.start, b.end):
        return None  # one and the same day: never across days, never a week
    if not _tied(a, b, pb.country) or told_apart(a, b):
        return None
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    place = Part(LENT, f"{pa.name} is lent from the sentence, the act was at {pb.name}")
    return weighed((date, place, actors))


def _tied(a: Report, b: Report, struck: str) -> bool:
    """Do lent report ``a`` and ``b`` share a side, or, for one disaster (the same ``DIS-``
    type: a hazard has no sides), does ``a`` name ``b``'s country (``struck``) among its actor
    countries ("Malaysian divers joined the search for the Indonesian ferry": lent Malaysia,
    Indonesia named)?"""
    if a.actors & b.actors or a.countries & b.countries:
        return True
    return a.root.startswith("DIS-") and a.root == b.root and struck in a.countries


def join_lent(built: Mapping[tuple[str, str], Block], move: Callable[[list[Pick]], None]) -> None:
    """Move each happening made only of lent-country reports into the one happening of
    another country's block of its type that every one of its reports matches (module doc,
    complete link), by ``move`` (``grouping._move``); when two or more fit, into neither."""
    move(sole_fits(built, lent, _joins))


def _joins(lent_reports: Sequence[Report], peers: Sequence[Report]) -> list[Match] | None:
    """Each lent report matched with every peer of another article (complete link), or
    ``None``; the peers must hold a report placed by a place of its own."""
    if not any(p.place is not None and not p.place.inferred for p in peers):
        return None
    return complete_link(lent_reports, peers, lent_match)
