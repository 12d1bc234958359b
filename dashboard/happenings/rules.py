"""The merge rule: when two reports from different articles tell of one happening.

All four must hold (each part returns ``None`` when it fails, else a score and a reason):

- **type**: the same CAMEO root, or the same disaster code (GDELT's ``EventRootCode``); or
  two roots of one family (``FAMILIES``): one attack is told as an assault (18) by one outlet
  and as fighting (19) by another, so the three roots of physical violence are one type,
  at a lower score than one root (``OTHER_ROOT``). A report's root is the type it is merged
  as: a ship taken is a seizure (``merge_root``), and an act that is a facet of another root's
  happening is that root (``merged_as``: police force on a crowd is its protest, a pact of two
  countries their meeting), both set by the store before the rule reads the report;
- **date**: the ranges overlap; two reports dated to the day may be one day apart, for
  "late on Saturday" against "overnight" and time zones (GDELT's ``SQLDATE`` is the
  reported day). A report dated to the day may also fall one day outside a report dated
  to a week: that week's edges are local days too (the IANA tz database runs from UTC-12
  to UTC+14), so the slack is the day report's, whatever the other's precision, at a lower
  score than an overlap. Reports dated to a month or a year never merge (ACLED codes nothing
  vaguer than ``time_precision`` 3, and a month is too wide to say two reports met). A
  disaster's toll and rescue are told for days after it struck, and a sentence of them may
  be dated by the day it was said ("has killed 2,000 people, officials said on Sunday"): two
  disaster reports dated to the day may be up to ``AFTERMATH_DAYS`` apart when the later one
  tells the aftermath and no new shock (``cues.aftermath``), at a score that falls with the
  gap, so the nearer of a foreshock and its main shock wins such a report. The slack is not
  for a report of a later day that tells its act as done again ("fired more missiles on
  Thursday", "bombed the camp again": ``cues.repeat``): a new occurrence, not a day told late;
  nor for two acts of force whose days are told with no night between ("on Monday afternoon",
  "on Tuesday") or whose later day counts under half the earlier's dead (``told_days``);
- **place**: the same place; or one inside the other (a town in its province or
  country, a point inside a named sea or region's box); or a sea of no country and a place
  of a country it lies off (``shores``; "into the Sea of Japan" and "North Korea fired"),
  when the two share a side (``ashore``), or for a launch when the sea report names no side
  and the other is told at its launcher's home (``_launched_home``), or for a disaster, which has no sides, when the
  place ashore is a town within ``RADIUS_KM[2]`` of the sea's box (``_coastal``), or for a
  ship taken or an attack, when the report ashore tells it off that town's or country's coast
  (``_off_coast``, scored below a link by the sides: ``COUNTRY_COAST``); a landmark of no
  country (a border bridge or crossing: ``shores.BORDER_KINDS``) lies between countries like
  a sea, but meets a place ashore only by distance or a region's box; or, at sea only, a
  strait and a sea it opens into, for a ship taken, an attack or a disaster, and for an act
  only with a side in common (IHO S-23, 1953, draws the limit between two seas across the
  strait between them: ``straits``, ``STRAIT_WATERS``; never the two seas either side of it);
  or two points within a radius that grows with ACLED's ``geo_precision`` (``RADIUS_KM``). A disaster is one happening
  per country, as EM-DAT records it, so two places in one country match for DIS- codes; and
  two towns or sites of one country when each report names the other's among its places (one
  raid on several sites: "Fordow, Natanz and Isfahan were hit", read at one site by one outlet
  and at another by the next; ACLED codes such an event once per location, the same event
  told at each: ``_named_sites``, ``SITES``); and a missile launch placed at its launcher's
  country and one placed where it was aimed, both naming the launcher as who acted (each
  outlet places it at its own end: ``ends.two_ends``, ``TWO_ENDS``; ``Report.cell`` files the
  second at the launcher's country so the two are compared); and two places of one country
  for a visit (CAMEO 04) by the same two or more parties, the host among them (a state visit
  moves from the capital to a second city: ``_one_visit``, ``VISIT``); and a ship taken by one
  side, told at the taker's country and off another country's coast (``_taken_home``,
  ``TAKEN_HOME``; ``Report.cell`` files the second at the taker's country); and an extradition
  told at its sender and its receiver, or a drill at a strait and at an island by it (``ends``);
- **actors**: nothing contradicts: no two different known source countries unknown to the
  other side; not two meetings (CAMEO 04) of two or more countries each, each naming a
  party the other does not (``actor_sides.other_parties``); and not two disjoint sets of actor
  countries when both or neither name who acted (every actor carries its ISO2:
  "Russia", "Russian forces", "Moscow said" and the Kremlin are all RU), unless one names
  only the country it happened in: the side struck at home (``_at_home``). A disaster has no sides;
  its countries are where it struck, which the place part weighs;
- **what they say**: no definitional cue tells two happenings apart (``cues``): two quakes'
  magnitudes a unit or more apart, a shock told as an aftershock and one half a unit larger
  (``cues.lesser_and_main``), an exercise against a launch, two ships named and none in
  common (``cues.two_ships``), a bomb against a shooting (``means``).

The score weighs the parts (``WEIGHTS``); the rule is conservative on purpose (precision
before recall): an unknown part never helps, a refusal always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.happenings.actor_sides import (  # noqa: F401 - fold_actor re-exported
    CONSULT_ROOTS,
    fold_actor,
    no_speakers,
    other_parties,
    other_sides,
    struck_at_home,
)
from dashboard.happenings.after_toll import after_other_toll
from dashboard.happenings.answered import named_for_answered
from dashboard.happenings.borrowed import two_borrowed
from dashboard.happenings.compass import other_part
from dashboard.happenings.containment import (
    NAMESAKE_SEAT,
    POINT_KINDS,
    contains,
    distance_km,
    seat_and_division,
    to_box_km,
)
from dashboard.happenings.cues import lesser_and_main, two_quakes, two_ships
from dashboard.happenings.ends import HAND_OVER, hand_over, near_water, two_ends
from dashboard.happenings.means import two_means
from dashboard.happenings.measures import two_measures
from dashboard.happenings.model import LAUNCH_ROOT, Match, Report, Spot
from dashboard.happenings.named_targets import other_targets
from dashboard.happenings.reversed_sides import reversed_sides
from dashboard.happenings.second_hazard import SECOND_WIDER, second_and_wider, second_elsewhere
from dashboard.happenings.shores import AREA_KINDS, BORDER_KINDS, SEA_KINDS
from dashboard.happenings.sites import bound_kinds, sites_apart
from dashboard.happenings.straits import STRAIT_WATERS, one_water
from dashboard.happenings.told_days import next_day_apart
from dashboard.happenings.verdicts import two_acts
from dashboard.happenings.wide_protests import country_and_town

# km within which two points are one place, by the coarser geo precision of the two:
# ACLED's precision 1 is a town's centroid (a town's suburbs reach ~25 km), 2 "near a town"
# or "part of a region"; 3 is a region or country, matched by containment only
RADIUS_KM = {1: 30.0, 2: 80.0}
WEIGHTS = (0.35, 0.4, 0.25)  # date, place, actors
INFERRED_PLACE = 0.7  # a place read from the sentence, not the event's own location
MIN_SCORE = 0.5
# CAMEO's roots of physical violence: 18 assault (unconventional: bombing 183, abduction
# 181, killing 186), 19 fight (conventional: small arms 190/193, artillery 194, air strikes
# 195) and 20 mass violence. Outlets tell one attack with either words ("a missile attack
# killed civilians" against "missiles struck the city"), and ACLED's own event types cut
# across the split: its "Explosions/Remote violence" holds air and drone strikes (CAMEO 195)
# and suicide and remote bombs (183) alike (ACLED Codebook 2023, section 2). Protests (14)
# are one root already; coercion (17) is not violence and stays apart.
# A ship lost at sea is told by how it went down ("sank after colliding with the Polesie")
# or by the crash itself ("two cargo ships collided"): EM-DAT's classification files both
# under one subtype, technological: transport accident, water, so a collision and a
# shipwreck (capsizing, sinking, running aground) are one type in the merge, at the same
# lower score as two roots of violence.
WATER = "DIS-WATER"
FAMILIES = {
    "18": "18-20",
    "19": "18-20",
    "20": "18-20",
    "DIS-COLLISION": WATER,
    "DIS-SHIPWRECK": WATER,
}
VIOLENCE = FAMILIES["19"]
# A ship taken is coded by who took it: CAMEO 1.1b3 §171 "seize or damage property" for a
# state's forces and §181 "abduct, hijack, or take hostage" for irregulars (the reader picks by
# the clause's subject, and a boarding by unnamed gunmen may read §180). Outlets disagree on
# exactly that ("Iranian forces seized the tanker", "armed men boarded a tanker"; the seizing
# side's "its forces" against the victim's "gunmen"), while every hijacking of a ship is a
# seizure of it: in the merge a vessel taken is one type, the seizure (17). A kidnapping of
# people (181) or an attack on a ship (180 "attacked") is not a taking of a vessel.
TAKEN_CODES = frozenset({"171", "180", "181"})
SEIZURE = "17"
_VESSEL = re.compile(
    r"\b(?:ship|tanker|vessel|freighter|boat|ferry|trawler|carrier|yacht|dhow)s?\b", re.I
)
_TAKE = re.compile(
    r"(?i)\b(?:seiz\w*|hijack\w*|board(?:s|ed|ing)?|captur\w*|commandeer\w*|impound\w*|"
    r"took|taken|takes|divert\w*)\b"
)
OTHER_ROOT = 0.9  # a pair of two roots of one family scores this share of a one-root pair
OFFSHORE = 0.5  # a sea and a place of a country it lies off (``shores``): weaker than "in"
# ... tied only by a whole country told as the coast (``_off_country``), not by the sides
# (``_sided_at_sea``): a country's coast is long, so such a link yields to one by the sides
COUNTRY_COAST = 0.3
SITES = 0.6  # two sites of one country, each report naming both (``_named_sites``)
TAKEN_HOME = 0.5  # a ship taken, told at the taker's and off another coast (``_taken_home``)
VISIT = 0.6  # two places of one host country of a visit by the same parties (``_one_visit``)
TWO_ENDS = 0.5  # a launch placed at its launcher and where it was aimed (``ends.two_ends``)
# days after a disaster within which a report of its toll or rescue may be dated: most people
# pulled alive from collapsed buildings are found within about 72 hours, so the rescue and the
# rising toll are the news for about three days
AFTERMATH_DAYS = 3


@dataclass(frozen=True, slots=True)
class Part:
    score: float
    reason: str


def match(a: Report, b: Report) -> Match | None:
    """The match of two reports (``fit``), or ``None`` when it is under ``MIN_SCORE``."""
    m = fit(a, b)
    return m if m is not None and m.score >= MIN_SCORE else None


def fit(a: Report, b: Report) -> Match | None:
    """The scored fit of two reports whatever the score, or ``None`` when any part refuses: a
    score under ``MIN_SCORE`` is too little to link them alone, not a contradiction
    (``grouping._join`` weighs such a pair within a happening).

    >>> from datetime import date
    >>> kyiv = Spot("gn:703448", "Kyiv", "city", 50.45, 30.52, "UA", "UA-30", 1)
    >>> r1 = Report("e1", "a1", "19", date(2022, 10, 10), date(2022, 10, 10), 1, kyiv)
    >>> fit(r1, Report("e2", "a2", "19", date(2022, 10, 10), date(2022, 10, 10), 1, kyiv)).score
    0.9
    """
    if a.article_id == b.article_id or family(a.root) != family(b.root) or told_apart(a, b):
        return None
    coast = ashore(a, b)
    if coast is not None and not _linked_at_sea(*coast):
        return None
    parts = (date_part(a, b), place_part(a, b), actor_part(a, b))
    if any(p is None for p in parts):
        return None
    scores = [p.score for p in parts if p is not None]
    score = sum(w * s for w, s in zip(WEIGHTS, scores, strict=True))
    reasons = [p.reason for p in parts if p is not None]
    if second_and_wider(a, b):  # the wider report names no second: the first fits it better
        score *= SECOND_WIDER
        reasons.append("one told as a second of its kind")
    if a.root != b.root:
        score *= OTHER_ROOT
        what = "one accident at sea" if family(a.root) == WATER else "one violent act"
        reasons.insert(0, f"roots {a.root} and {b.root}: {what}")
    return Match(round(score, 3), "; ".join(reasons))


def ashore(a: Report, b: Report) -> tuple[Report, Report] | None:
    """``(report at sea, report ashore)`` when the two are in two cells and one is at a sea
    lying off the other's country (``shores``), else ``None``."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.cell == pb.cell:
        return None
    for sea, land in ((a, b), (b, a)):
        country = land.place.country if land.place else None
        if sea.place is not None and country is not None and country in sea.place.shores:
            return sea, land
    return None


def _linked_at_sea(sea: Report, land: Report) -> bool:
    """What ties a report at sea to one ashore: a shared side for an act (``_sided_at_sea``);
    for a disaster, which has no sides, the coast itself (``_coastal``); for a ship taken or
    an attack that the report ashore tells as off that sea's coast, the coast (``_off_coast``).
    The sides must still not contradict (``actor_part``)."""
    if sea.place is not None and sea.place.kind in BORDER_KINDS:
        return True  # a border point meets a place ashore by distance or box (``_place``)
    if sea.place is not None and sea.place.kind in AREA_KINDS:
        # a land region of no country holds the place ashore by its box (``_place``); an act
        # there needs a shared side, as at sea ("fighting in the Sahel" is not every clash)
        return sea.root.startswith("DIS-") or _sided_at_sea(sea, land)
    if sea.root.startswith("DIS-"):
        return _coastal(sea, land)
    if _off_coast(sea, land) or _port_on_sea(sea, land):
        return True
    if _sided_at_sea(sea, land) or _taken_by_one_side(sea, land) or _launched_home(sea, land):
        return True
    return near_water(sea, land)  # a drill told at a strait and at an island by it (``ends``)


def _port_on_sea(sea: Report, land: Report) -> bool:
    """An attack told at a sea named only as its port's ("raids on the Red Sea port":
    ``Report.sea_port``) and one told at a town on that sea's coast (``_coastal``) or at a
    country on its shores, by one acting side (both ``source_country``) on one and the same
    day (``_one_day``): the port is ashore, on that coast. A side's strikes at sea and ashore
    on one day stay apart: a report at the sea itself is no ``sea_port``."""
    if not sea.sea_port or family(land.root) != VIOLENCE or land.place is None:
        return False
    if not (_coastal(sea, land) or _off_country(sea, land)):
        return False
    side = sea.source_country
    return side is not None and side == land.source_country and _one_day(sea, land)


def _off_coast(sea: Report, land: Report) -> bool:
    """A ship taken (``SEIZURE``) or an attack (18-20) told ashore as off that sea's coast ("a
    freighter was hit off Yemen": ``cues.offshore``, ``_coastal`` or ``_off_country``) is at
    sea too; a sea report naming who attacked must name the coast's country, as an actor's
    or as the country of who attacked (its ``source_country``): "Houthi missiles struck the
    Belize-flagged Rubymar in the Gulf of Aden" names Belize only as the ship's flag, which
    says whose the ship is, not where it was (UNCLOS 1982 art. 91), and the Houthis' Yemen
    is the coast told ("off Yemen"). That weaker tie holds only within one and the same day,
    as a home report's (``homes``): one side strikes ships off one coast on days running
    (the Magic Seas on a Sunday, the Eternity C on the Monday)."""
    told = sea.root == SEIZURE or family(sea.root) == VIOLENCE == family(land.root)
    if not told or not land.offshore or not (_coastal(sea, land) or _off_country(sea, land)):
        return False
    coast = land.place.country if land.place is not None else None
    if sea.root == SEIZURE or not sea.countries or coast in sea.countries:
        return True
    return coast == sea.source_country and _one_day(sea, land)


def _one_day(a: Report, b: Report) -> bool:
    """Are both reports dated to the day, the same day?"""
    return a.firm and b.firm and (a.start, a.end) == (b.start, b.end)


def _launched_home(sea: Report, land: Report) -> bool:
    """A missile launch (``LAUNCH_ROOT``) told at sea by an outlet that names no side ("a
    ballistic missile came down in the Sea of Japan", the launcher in a passive "by" the reader
    does not take) and one told at its launcher's own country by that launcher ("North Korea
    fired an ICBM"): a missile flies from a shore into the sea, and the sea report names no
    side that could contradict. Both are launches, never a drill (``cues.show_kind``), and
    the sea report names no actor at all; with two launchers' happenings on that sea the
    grouping's margin (``grouping._ashore``) keeps the report apart."""
    if sea.root != LAUNCH_ROOT or land.root != LAUNCH_ROOT or sea.actors or sea.countries:
        return False
    if land.kind != "launch" or sea.kind == "exercise" or land.place is None:
        return False
    side = land.source_country
    return side is not None and land.place.country == side


def _off_country(sea: Report, land: Report) -> bool:
    """A ship taken told off a whole country's coast ("captured off the coast of Yemen"): the
    country is the coast it names (ACLED codes an event off a coast to the land the source
    names, at that land's precision), so it meets a seizure at a sea lying off that country
    (``shores``), at a lower place score than a shared side (``COUNTRY_COAST``)."""
    spot, water = land.place, sea.place
    if spot is None or water is None or spot.kind != "country":
        return False
    return spot.country is not None and spot.country in water.shores


def _coastal(sea: Report, land: Report) -> bool:
    """A disaster at sea and one told at a town: the town must lie within ``RADIUS_KM[2]`` of
    the sea's box (a port or a coast a wreck is told from: "a ferry sank off Dover"). A
    disaster has no sides to tie the two, and a sea's box meets the boxes of countries that
    do not touch it (``shores``), so a whole country or an inland town says too little."""
    spot, water = land.place, sea.place
    if spot is None or water is None or water.bbox is None or spot.kind not in POINT_KINDS:
        return False
    if spot.lat is None or spot.lon is None or spot.precision > 2:
        return False
    km = to_box_km(spot.lat, spot.lon, water.bbox)
    return km <= RADIUS_KM[2]


def _sided_at_sea(sea: Report, land: Report) -> bool:
    """A pair across a shore must share a side (an actor or an actor country), and a sea
    report that names actor countries must name the land's: a sea's box meets countries
    that do not touch it (``shores``), so the place alone says too little ("Houthis hit a
    ship in the Red Sea" is not the day's fighting in Sudan, whose box meets the sea's)."""
    if not (sea.countries & land.countries or sea.actors & land.actors):
        return False
    return not sea.countries or (land.place is not None and land.place.country in sea.countries)


def _taken_by_one_side(sea: Report, land: Report) -> bool:
    """A vessel taken (``SEIZURE``, one of the two read as a ship seized: ``taken_vessel``) by
    the side the report ashore names as who acted, a side the report at sea names too (and
    names no other as acting): a ship is taken at sea by one state's forces, and the outlet
    ashore places it at the coast nearest it, a country that took no part ("seized the
    tanker 50 nautical miles off Fujairah": ACLED codes an event off a coast to that land).
    Acts of violence still need the land on the sea report's side: a missile at a port and
    a drone at a ship by one side are two attacks (``_sided_at_sea``). The place part of such
    a pair scores ``COUNTRY_COAST``, so a link by the sides is preferred (``place_part``)."""
    if sea.root != SEIZURE or land.root != SEIZURE or not (sea.taken or land.taken):
        return False
    side = land.source_country
    return side is not None and side in sea.countries and sea.source_country in (None, side)


def family(root: str) -> str:
    """The type two reports must share (``FAMILIES``): the root itself for most. ``root`` is
    the type a report is merged as (``Report.root``: ``merge_root``, ``merged_as``).

    >>> family("18") == family("19"), family("14")
    (True, '14')
    """
    return FAMILIES.get(root, root)


def taken_vessel(code: str, summary: str | None, sentence: str = "") -> bool:
    """Is the event a vessel taken (``TAKEN_CODES``, a verb of taking in its clause and a ship
    named there or in its sentence: "the car carrier, which armed men seized on Sunday")?

    >>> taken_vessel("181", "Gunmen hijacked the tanker off Aden")
    True
    >>> taken_vessel("181", "Gunmen kidnapped two engineers"), taken_vessel("180", None)
    (False, False)
    """
    if code not in TAKEN_CODES or not summary or not _TAKE.search(summary):
        return False
    return bool(_VESSEL.search(summary) or _VESSEL.search(sentence))


def merge_root(root: str, code: str, summary: str | None, sentence: str = "") -> str:
    """The type a report is merged by: its root, but a vessel taken (``taken_vessel``) is a
    seizure (``SEIZURE``).

    >>> merge_root("18", "181", "Gunmen hijacked the tanker off Aden"), merge_root("19", "190", "")
    ('17', '19')
    """
    return SEIZURE if taken_vessel(code, summary, sentence) else root


def family_roots(root: str) -> tuple[str, ...]:
    """Every root of ``root``'s family (or of the family named ``root``), sorted: the store
    looks a block's neighbours up by these.

    >>> family_roots("19"), family_roots("14")
    (('18', '19', '20'), ('14',))
    """
    fam = family(root)
    return tuple(sorted({r for r, f in FAMILIES.items() if f == fam} or {root}))


def told_apart(a: Report, b: Report) -> bool:
    """What the reports say makes them two happenings: a foreshock or aftershock and its main
    shock, a drill and the launch it answered, two ships (``cues``), a bomb and a shooting
    (``means``), two verdicts' terms or executions' persons (``verdicts``), two borrowed sayings
    or protests (``borrowed``), a report at a place another names only as what its act answers
    (``answered``), a curfew and an emergency (``measures``), two named sites (``named_targets``),
    a disaster told as days after another's dead (``after_toll``), "a second" hazard at another
    town (``second_hazard``), two arrests' offences or persons (``held_facts``), a town off a wide
    report's parts (``compass``), protests at a country and a town a day off (``wide_protests``)."""
    if two_measures(a.code, a.measures, b.code, b.measures) or other_targets(a.targets, b.targets):
        return True
    if two_quakes(a.magnitude, b.magnitude) or two_ships(a.ships, b.ships):
        return True
    if lesser_and_main(a.magnitude, a.lesser, b.magnitude, b.lesser):
        return True
    if two_means(a.means, b.means) or _hijack_and_other(a, b) or _hijack_and_other(b, a):
        return True
    if two_acts(a.facts, b.facts) or two_borrowed(a, b) or country_and_town(a, b):
        return True
    if named_for_answered(a, b) or named_for_answered(b, a):
        return True
    if after_other_toll(a, b) or after_other_toll(b, a):
        return True
    if second_elsewhere(a, b) or second_elsewhere(b, a) or other_part(a, b):
        return True
    return a.kind is not None and b.kind is not None and a.kind != b.kind


def _hijack_and_other(a: Report, b: Report) -> bool:
    """A hijacking or boarding of a ship (180, 181) is merged as a seizure (``merge_root``) to
    meet the seizure of that ship (171), not the other acts of root 17: the arrest of its
    hijackers the same day in the same port is another happening."""
    return a.taken in ("180", "181") and b.root == SEIZURE and not b.taken


def reach(root: str) -> int:
    """Days between two reports of ``root`` within which the rule may still match them: the
    store and the grouping look this far for neighbours.

    >>> reach("19"), reach("DIS-QUAKE")
    (1, 3)
    """
    return AFTERMATH_DAYS if root.startswith("DIS-") else 1


def date_part(a: Report, b: Report) -> Part | None:
    if not (a.mergeable and b.mergeable):
        return None
    slack = 1 if a.firm or b.firm else 0  # a day report's day may be its neighbour's
    gap = max((a.start - b.end).days, (b.start - a.end).days)  # > 0: days between them
    if gap > 0 and (max((a, b), key=lambda r: r.start).repeat or next_day_apart(a, b)):
        return None  # "struck again on Wednesday", or two days told apart: two acts
    if gap > slack:
        return _aftermath(a, b, gap)
    if a.firm and b.firm:
        if a.start == b.start and a.end == b.end:
            return Part(1.0, f"same day ({a.start})")
        return Part(0.8, f"{a.start} and {b.start}: within a day")
    if gap > 0:
        return Part(0.4, f"{_span(a)} is a day from {_span(b)}")
    return Part(0.5, f"{_span(a)} overlaps {_span(b)}")


def _aftermath(a: Report, b: Report, gap: int) -> Part | None:
    """Two disaster reports dated to the day, ``gap`` (> 1) days apart: one disaster when the
    later tells its aftermath (``AFTERMATH_DAYS``), else ``None``."""
    if not (a.root.startswith("DIS-") and a.firm and b.firm) or gap > AFTERMATH_DAYS:
        return None
    early, late = (a, b) if a.start < b.start else (b, a)
    if not late.aftermath:
        return None
    return Part(0.5 - 0.05 * gap, f"{late.start} tells the aftermath of {early.start}")


def place_part(a: Report, b: Report) -> Part | None:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return None
    part = (
        _place(pa, pb, a.root.startswith("DIS-"), bound_kinds(a.root, b.root))
        or _named_sites(a, b)
        or _said(TWO_ENDS, two_ends(a, b))  # a launch placed at its two ends (``ends``)
        or _one_visit(a, b)
        or _taken_home(a, b)
        or _said(STRAIT_WATERS, one_water(a, b))  # a strait and a sea it opens into
        or _said(HAND_OVER, hand_over(a, b))  # a hand-over told at its two ends (``ends``)
    )
    if part is None:
        return None
    coast = ashore(a, b)
    if coast is not None and part.score == OFFSHORE and not _sided_at_sea(*coast):
        part = Part(COUNTRY_COAST, part.reason + ", told off its coast")
    if pa.inferred or pb.inferred:
        return Part(part.score * INFERRED_PLACE, part.reason + " (a place named near the event)")
    return part


def _place(pa: Spot, pb: Spot, disaster: bool, site: bool | frozenset[str] = False) -> Part | None:
    if pa.id == pb.id:
        return Part(1.0, f"same place ({pa.name})")
    for outer, inner in ((pa, pb), (pb, pa)):
        if seat_and_division(outer, inner):
            return Part(NAMESAKE_SEAT, f"{inner.name} and the division named after it")
        if contains(outer, inner):
            return Part(0.7, f"{inner.name} is in {outer.name}")
    for sea, land in ((pa, pb), (pb, pa)):
        if sea.kind in SEA_KINDS and land.country is not None and land.country in sea.shores:
            return Part(OFFSHORE, f"{sea.name} lies off {land.name} ({land.country})")
    # one country: its cell, so a territory meets its sovereign (Mayotte and France: ``Spot.cell``)
    one_cell = disaster and pa.country and pb.country and pa.cell == pb.cell
    if one_cell and not sites_apart(pa, pb, site):
        return Part(0.6, f"{pa.name} and {pb.name}: one country ({pa.cell}), one disaster")
    if pa.kind in POINT_KINDS and pb.kind in POINT_KINDS:
        km = distance_km(pa, pb)
        limit = RADIUS_KM.get(max(pa.precision, pb.precision))
        if km is not None and limit is not None and km <= limit:
            return Part(1.0 - 0.4 * km / limit, f"{pa.name} and {pb.name}: {km:.0f} km apart")
    return None


def _said(score: float, why: str | None) -> Part | None:
    return None if why is None else Part(score, why)


def _taken_home(a: Report, b: Report) -> Part | None:
    """A ship seized (``SEIZURE``) by one side, told by one outlet at the taker's own country
    ("Iran's Guards seized the ship", placed in Iran) and by another off a second country's
    coast ("seized the vessel 50 nautical miles off that coast": ``cues.offshore``), both
    naming the taker as who acted and one of them telling a vessel taken (``taken_vessel``):
    a ship is taken at sea and brought to the taker's port, and each outlet places it at one
    end, as a launch is placed at its launcher and its target (``ends.two_ends``).
    ``Report.cell`` files the second at the taker's country so the two are compared."""
    side = a.source_country
    if a.root != SEIZURE or b.root != SEIZURE or side is None or b.source_country != side:
        return None
    if not (a.taken or b.taken):
        return None
    for home, off in ((a, b), (b, a)):
        at, there = home.place, off.place
        if at is None or there is None or at.country != side or not off.offshore:
            continue
        if there.country not in (None, side):
            return Part(TAKEN_HOME, f"{at.name} and off {there.name}: one ship taken by {side}")
    return None


def _one_visit(a: Report, b: Report) -> Part | None:
    """Two consultations (CAMEO 04) of the same parties, two or more countries each, placed in
    one country that is itself a party: a visit is hosted by one of its parties and moves
    from town to town ("talks in the capital on Thursday", "took his guest to a southern city
    the next day"), and CAMEO codes the visit (042, 043) as one act. The date part still holds
    the two to one day or its neighbour, so a visit and the return visit (in the other
    party's country) stay two, and so do two meetings of one party with two others
    (``actor_sides.other_parties``)."""
    pa, pb = a.place, b.place
    if a.root not in CONSULT_ROOTS or b.root not in CONSULT_ROOTS or pa is None or pb is None:
        return None
    if len(a.countries) < 2 or a.countries != b.countries:
        return None
    host = pa.country
    if host is None or host != pb.country or host not in a.countries:
        return None
    return Part(VISIT, f"{pa.name} and {pb.name}: one visit of {', '.join(sorted(a.countries))}")


def _named_sites(a: Report, b: Report) -> Part | None:
    """Two towns or sites of one country, each named among the other report's places: one act
    on several sites, told at one of them by each outlet ("bombers struck Fordow, Natanz and
    Isfahan" read at Natanz, "the Natanz and Isfahan sites were attacked" read at Isfahan). Each
    must name the other's place: "strikes on Odesa, a day after strikes on Kharkiv" names
    Kharkiv, but a report of Kharkiv that names no Odesa is not the same raid."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.kind not in POINT_KINDS or pb.kind not in POINT_KINDS:
        return None
    if pa.country is None or pa.country != pb.country:
        return None
    if pa.id in b.named and pb.id in a.named:
        return Part(SITES, f"{pa.name} and {pb.name}: each report names both sites")
    return None


def actor_part(a: Report, b: Report) -> Part | None:
    if a.root.startswith("DIS-"):
        # a hazard has no sides: the countries a report names for it are where it struck,
        # which the place part already weighs (one disaster per country, as EM-DAT counts)
        return Part(0.6, "a disaster: no sides to compare")
    if other_sides(a, b) or other_parties(a, b) or reversed_sides(a, b) or no_speakers(a, b):
        # two different known sides did it, two meetings, the sides swapped, or two sayings
        # with no one named
        return None
    shared = sorted((a.countries & b.countries) | (a.actors & b.actors))
    if shared:
        return Part(1.0, "shared actors: " + ", ".join(shared))
    both = a.countries and b.countries and (a.source_country is None) == (b.source_country is None)
    if both and not (struck_at_home(a) or struck_at_home(b)):
        # both name their actors' countries, and none is common; but when only one names
        # who acted, the other's countries are whom it struck ("A Russian missile hit a
        # school" and "A missile struck a Ukrainian school"): one attack told from each side;
        # and so when one names only the side struck where it happened (``struck_at_home``)
        return None
    return Part(0.6, "actors not contradicted")


def _span(r: Report) -> str:
    return str(r.start) if r.start == r.end else f"{r.start}–{r.end}"
