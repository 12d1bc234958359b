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

A clash between two states and a ship one state takes from another (``CLASH_SIDES``: the
force family, CAMEO 1.1b3 roots 18-20, and a vessel taken, ``rules.taken_vessel``) are told
at either side as well: a border clash at the town on one side where soldiers fell and at
the other side's country, whose statement tells it; a tanker seized at the taker's port and
at the capital of the state whose ship it was. Such a pair (``clash_sides_match``) is read
at any precision, as ACLED codes a clash at the location the source gives for it (ACLED
Codebook, geo-precision), with a stricter day rule: both reports are dated to the same day
(two clashes of one week, or a strike and the answer a day later, stay two). A report at a
sea counts as placed in the shore states both happenings name as parties ("seized in the
strait"). Everything else stands: the two countries among the parties both happenings
agree on, a shared side, the actor and cue parts (issue 16, sets BF and V, session 92).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from dashboard.happenings.meetings import MEETING_ROOTS, TWO_SIDES, parties, weighed
from dashboard.happenings.meetings import sides_match as meeting_match
from dashboard.happenings.model import Match, Report, Spot
from dashboard.happenings.rules import (
    SEIZURE,
    VIOLENCE,
    Part,
    actor_part,
    date_part,
    family,
    told_apart,
)

# CAMEO 1.1b3 root 08 (yield: 0841 release persons) and root 15 (exhibit force posture)
ACT_SIDES = frozenset({"08", "15"})
# the force family (CAMEO 1.1b3 roots 18-20, ``rules.FAMILIES``) and a vessel taken (§171,
# the seizure family; a hijacking by irregulars, §181, is of the force family)
CLASH_SIDES = frozenset({VIOLENCE, SEIZURE})
# the families ``grouping._meetings`` joins across sides
SIDED_ROOTS = MEETING_ROOTS | ACT_SIDES | CLASH_SIDES


def agreed(
    fam: str, ours: Sequence[Report], theirs: Sequence[Report], pair: set[str]
) -> frozenset[str]:
    """The parties two happenings of family ``fam`` agree on (ISO2), given each one's reports
    and the ``pair`` of countries their blocks are in: the parties both name
    (``meetings.parties``); for a clash or a vessel taken (``CLASH_SIDES``) all the parties of
    either when one of them names the whole pair as actors, as the side hit often names only
    itself ("four of our soldiers were killed on the border") while the other side's telling
    names both. A place alone does not name a side: a strike placed abroad that names only
    who struck does not make the struck state a party (a strike at home is another act).

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> am = Spot("cc:AM", "Armenia", "country", 40.1, 45.0, "AM", None, 3)
    >>> az = Spot("cc:AZ", "Azerbaijan", "country", 40.3, 47.7, "AZ", None, 3)
    >>> day = date(2024, 2, 13)
    >>> hit = [Report("e1", "a1", "19", day, day, 1, am, countries=frozenset({"AM"}))]
    >>> told = [Report("e2", "a2", "19", day, day, 1, az, countries=frozenset({"AM", "AZ"}))]
    >>> sorted(agreed("18-20", hit, told, {"AM", "AZ"})), sorted(agreed("04", hit, told, {"AM", "AZ"}))
    (['AM', 'AZ'], ['AM'])
    >>> abroad = [Report("e3", "a3", "19", day, day, 1, az, countries=frozenset({"AM"}))]
    >>> sorted(agreed("18-20", hit, abroad, {"AM", "AZ"}))
    ['AM']
    """
    own, other = parties(ours), parties(theirs)
    if fam in CLASH_SIDES and (pair <= _named(ours) or pair <= _named(theirs)):
        return own | other
    return own & other


def _named(members: Sequence[Report]) -> frozenset[str]:
    """The actor countries a happening's reports name (ISO2), not the places they are at."""
    return frozenset(c for r in members for c in r.countries)


def looks_to(fam: str, cell: str, country: str, built: Container[tuple[str, str]]) -> bool:
    """Whether a happening of the block ``(fam, cell)`` that names ``country`` as a party looks
    for its other side in ``country``'s block, among the keys of ``built``. A happening moves
    toward the country that sorts first, so two never cross; for a clash or a vessel taken
    (``CLASH_SIDES``) it also moves toward one that sorts after its own when that side's
    happening does not name it back (``grouping._sides_landing`` checks), as the side hit may
    name only itself.

    >>> looks_to("18-20", "PE", "EC", {("18-20", "EC")}), looks_to("04", "EC", "PE", {("04", "PE")})
    (True, False)
    """
    if country == cell or (fam, country) not in built:
        return False
    return country < cell or fam in CLASH_SIDES


def sides_match(a: Report, b: Report, both: frozenset[str]) -> Match | None:
    """The match of two reports placed at two sides of one act: a meeting's
    (``meetings.sides_match``) or one of ``ACT_SIDES`` (``act_sides_match``); ``None`` when
    it fails."""
    if family(a.root) in ACT_SIDES:
        return act_sides_match(a, b, both)
    if family(a.root) in CLASH_SIDES:
        return clash_sides_match(a, b, both)
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
    return _joined(a, b, f"{pa.name} and {pb.name}: the two states of one act")


def clash_sides_match(a: Report, b: Report, both: frozenset[str]) -> Match | None:
    """The match of two reports of one clash or one vessel taken (``CLASH_SIDES``) placed at
    its two sides (module doc), where ``both`` is the parties the two happenings agree on;
    ``None`` when it fails.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> town = Spot("gn:1", "Yerevan", "city", 40.18, 44.51, "AM", None, 1)
    >>> az = Spot("cc:AZ", "Azerbaijan", "country", 40.3, 47.7, "AZ", None, 3)
    >>> day, two = date(2024, 2, 13), frozenset({"AM", "AZ"})
    >>> a = Report("e1", "a1", "19", day, day, 1, town, countries=frozenset({"AM"}), code="190")
    >>> b = Report("e2", "a2", "19", day, day, 1, az, countries=two, code="190")
    >>> clash_sides_match(a, b, two).score
    0.8
    """
    fam = family(a.root)
    if a.article_id == b.article_id or fam not in CLASH_SIDES or family(b.root) != fam:
        return None
    if fam == SEIZURE and not (a.taken and b.taken):
        return None  # of the seizure family, only a vessel taken has a taker and a flag
    if a.place is None or b.place is None:
        return None
    sides_a, sides_b = _sides_of(a.place, both), _sides_of(b.place, both)
    if not sides_a or not sides_b or len(sides_a | sides_b) < 2:
        return None  # each placed at a side, and the two at two sides
    if not (a.firm and b.firm and a.start == b.start and a.end == b.end) or told_apart(a, b):
        return None  # one day: two clashes of one week, a strike and its answer, are two
    return _joined(a, b, f"{a.place.name} and {b.place.name}: the two sides of one act")


def _joined(a: Report, b: Report, why: str) -> Match | None:
    """The match of two reports whose places are the two sides of one act (``why`` says
    which), when they share a side or an actor and their dates and actors agree
    (``date_part``, ``actor_part``); ``None`` otherwise."""
    if not (a.countries & b.countries or a.actors & b.actors):
        return None
    date, actors = date_part(a, b), actor_part(a, b)
    if date is None or actors is None:
        return None
    return weighed((date, Part(TWO_SIDES, why), actors))


def _sides_of(place: Spot, both: frozenset[str]) -> frozenset[str]:
    """The parties among ``both`` a place is in: its country, or a sea's shore states."""
    if place.country is not None:
        return frozenset({place.country}) & both
    return place.shores & both


def _one_day(a: Report, b: Report) -> bool:
    """One report dated to a day, the other to that day or to a week holding it."""
    if not (a.firm or b.firm):
        return False
    day, other = (a, b) if a.firm else (b, a)
    return other.start <= day.start and day.end <= other.end
