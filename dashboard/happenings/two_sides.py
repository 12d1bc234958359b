"""An act between two states told at either state: a drill, a release, placed by the side named.

Some acts have two state parties and no site of their own in most reports: a show of force
(CAMEO 1.1b3 root 15, *exhibit force posture*: "China held drills around Taiwan") and a
yielding act (root 08, *yield*: 0841 *return, release person(s)*: "Iran freed five
Americans"). The reader places such a report at the country its sentence names, and outlets
name the side they tell it from: one report of a drill is placed at the state that held it,
the next at the state it was aimed at; a prisoner release at the state that held the
prisoners and at the state they came home to. ACLED codes an event where it took place and
at the precision the source gives (ACLED Codebook, geo-precision 3: a country named and no
finer place), so two such country-level places say whose act it was, not two places.

A meeting's two sides are joined by ``meetings`` (``grouping._meetings``). The same pass joins
these roots (``SIDED_ROOTS``), with a stricter pair rule (``act_sides_match``):

- both reports are placed at a **whole country** (kind ``country``, no finer place), the
  two countries differing and both among the parties the two happenings agree on
  (``meetings.parties``);
- one day: reports dated to the day are dated to the same day; a report dated to a week may
  hold that day, but not two week-dated reports (two drills of one week stay two);
- they share a side (an actor or an actor country) and the rule's actor and cue parts do
  not refuse them (``rules.actor_part``, ``rules.told_apart``: an exercise and a launch).

The place part of such a pair scores ``meetings.TWO_SIDES``. Issue 16 (sets W and AM,
session 90: a drill placed at the doer's country and at the one it was aimed at; a release
placed where the freed were held and where they arrived).
"""

from __future__ import annotations

from dashboard.happenings.meetings import MEETING_ROOTS, TWO_SIDES, weighed
from dashboard.happenings.meetings import sides_match as meeting_match
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import Part, actor_part, date_part, family, told_apart

# CAMEO 1.1b3 root 08 (yield: 0841 release persons) and root 15 (exhibit force posture)
ACT_SIDES = frozenset({"08", "15"})
SIDED_ROOTS = MEETING_ROOTS | ACT_SIDES  # the roots ``grouping._meetings`` joins across sides


def sides_match(a: Report, b: Report, both: frozenset[str]) -> Match | None:
    """The match of two reports placed at two sides of one act: a meeting's
    (``meetings.sides_match``) or one of ``ACT_SIDES`` (``act_sides_match``); ``None`` when
    it fails."""
    if family(a.root) in ACT_SIDES:
        return act_sides_match(a, b, both)
    return meeting_match(a, b, both)


def act_sides_match(a: Report, b: Report, both: frozenset[str]) -> Match | None:
    """The match of two reports of one act of ``ACT_SIDES`` placed at its two states (module
    doc), where ``both`` is the parties the two happenings agree on; ``None`` when it fails.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> ir = Spot("cc:IR", "Iran", "country", 32.0, 53.0, "IR", None, 3)
    >>> us = Spot("cc:US", "United States", "country", 39.8, -98.6, "US", None, 3)
    >>> day, two = date(2023, 9, 18), frozenset({"IR", "US"})
    >>> a = Report("e1", "a1", "08", day, day, 1, ir, countries=two, code="0841")
    >>> b = Report("e2", "a2", "08", day, day, 1, us, countries=two, code="0841")
    >>> act_sides_match(a, b, two).score
    0.8
    """
    if a.article_id == b.article_id or family(a.root) not in ACT_SIDES:
        return None
    pa, pb = a.place, b.place
    if family(b.root) != family(a.root) or pa is None or pb is None:
        return None
    if pa.kind != "country" or pb.kind != "country" or pa.country == pb.country:
        return None
    if pa.country is None or pb.country is None or not {pa.country, pb.country} <= both:
        return None
    if not _one_day(a, b) or told_apart(a, b):
        return None
    if not (a.countries & b.countries or a.actors & b.actors):
        return None
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    place = Part(TWO_SIDES, f"{pa.name} and {pb.name}: the two states of one act")
    return weighed((date, place, actors))


def _one_day(a: Report, b: Report) -> bool:
    """One report dated to a day, the other to that day or to a week holding it."""
    if not (a.firm or b.firm):
        return False
    day, other = (a, b) if a.firm else (b, a)
    return other.start <= day.start and day.end <= other.end
