"""The values the merge rule reads and writes: a report's place, the report, a match.

Units: dates are calendar days (``datetime.date``), inclusive ranges; ``precision`` is ACLED's
``time_precision`` (1 day, 2 week, 3 month, 4 year: ``dashboard.model``); a place's
``precision`` is ACLED's ``geo_precision`` (1 town, 2 part of a region, 3 region or country).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.model import BBox, Place
from dashboard.places.sovereigns import sovereign


@dataclass(frozen=True, slots=True)
class Spot:
    """A report's place as the merge sees it. ``inferred``: the event had no location and
    this is the first place its sentence (or else its article) names. ``shores``: for a sea
    of no country, the ISO2 codes of the countries it lies off (``happenings.shores``)."""

    id: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: int
    bbox: BBox | None = None
    inferred: bool = False
    shores: frozenset[str] = frozenset()

    @classmethod
    def of(cls, place: Place, *, inferred: bool = False) -> Spot:
        admin1 = place.admin1 or (place.id[3:] if place.id.startswith("a1:") else None)
        return cls(
            place.id,
            place.name,
            place.kind,
            place.lat,
            place.lon,
            place.country_code,
            _bare(admin1),
            place.geo_precision,
            place.bbox,
            inferred,
        )

    @property
    def cell(self) -> str:
        """The blocking cell: the country, else the place itself (a sea, a region). A
        territory with a code of its own is filed at the state it belongs to
        (``places.sovereigns``, ISO 3166-2): the gazetteer reads Mayotte as France's region in
        one report and as the country YT in another, and one cyclone must meet itself."""
        return sovereign(self.country) if self.country else self.id


def _bare(admin1: str | None) -> str | None:
    # the gazetteer spells some GeoNames-derived codes "gn-UA-12"; areas say "UA-12"
    return admin1.removeprefix("gn-") if admin1 else None


LAUNCH_ROOT = "15"  # CAMEO 15 exhibit force posture: a launch is one (``Report.cell``)
TAKEN_ROOT = "17"  # a vessel taken is merged as a seizure (``rules.SEIZURE``, ``Report.cell``)
HAND_OVER_CODE = "063"  # CAMEO 1.1b3 judicial cooperation: an extradition (``ends.hand_over``)


@dataclass(frozen=True, slots=True)
class Report:
    """One event of one article, with what the merge compares.

    ``root`` is the CAMEO root ("19") or the disaster code ("DIS-QUAKE"); ``countries`` the
    ISO2 codes of its actors; ``actors`` their names, folded (``rules.fold_actor``).
    """

    event_id: str
    article_id: str
    root: str
    start: date
    end: date
    precision: int
    place: Spot | None
    actors: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    source_country: str | None = None
    magnitude: float | None = None  # an earthquake's, as its sentences give it (``cues``)
    kind: str | None = None  # "exercise" or "launch" for a show of force (``cues``)
    unreal: bool = False  # negated or hypothetical: the text does not report it as happened
    aftermath: bool = False  # a disaster's toll or rescue, told after it struck (``cues``)
    sequel: bool = False  # a shock told as following another, no larger (``cues.sequel``)
    later_shock: bool = False  # names a later shock in any words (``cues.names_later_shock``)
    offshore: bool = False  # its place is the coast it happened off ("off Aden": ``cues``)
    taken: str = ""  # the reader's code of a vessel taken ("171", "181"; ``rules.taken_vessel``)
    target_country: str | None = None  # ISO2 of the side acted on, as the reader gives it
    named: frozenset[str] = frozenset()  # ids of the places its sentences name (``event_places``)
    repeat: bool = False  # told as done again ("again", "more missiles": ``cues.repeat``)
    ships: frozenset[str] = frozenset()  # the ships its clause names (``cues.ship_names``)
    code: str = ""  # the reader's full CAMEO code ("1831"), where ``root`` is its first two digits
    means: frozenset[str] = frozenset()  # an attack's means, explosive or firearm (``means``)
    # the reader's root when the report is merged as a facet of another (``merged_as``): a
    # repression of a crowd (17) merged as its protest (14); "" when ``root`` is the reader's
    facet: str = ""
    lesser: bool = False  # its own phrase tells an aftershock or foreshock (``cues.lesser_shock``)
    # an act of force placed by the outlet's dateline alone at the country of who did it: the
    # place says who spoke, not where it fell (``happenings.homes``)
    home: bool = False
    # its place is a sea the report names only as the one its port or coast lies on ("raids
    # on the Red Sea port": ``cues.sea_port``), so the act was ashore on that sea's coast
    sea_port: bool = False
    # the kinds of site an act of force's clause and sentences name as struck ("a children's
    # hospital": ``coarse.struck_sites``), which tell a wide report's act apart
    sites: frozenset[str] = frozenset()
    # for an act of force: whether its sentence tells its day's opening and its close
    # (``told_days.edges``; ``None``: its weekday not named alone), and the dead it counts
    day_edges: tuple[bool, bool] | None = None
    toll: int | None = None
    after_act: bool = False  # its act told as a day after an act of force (``told_days``)
    # whom its sentences tell its act killed or targeted, by name (``named_dead``)
    dead: frozenset[str] = frozenset()
    # for such an act: how many sites of a class it tells struck ("two schools": ``site_counts``)
    counts: frozenset[tuple[str, int]] = frozenset()
    # for an act that names no ship: its clause and its sentences' openings, casefolded, where
    # a name other reports mark as a ship's is read (``lent_ships``)
    ship_text: tuple[str, ...] = ()
    # a verdict's terms, an execution's person (``verdicts``), an arrest's offence and the
    # titled person it held, or someone unnamed (``held_facts``)
    facts: frozenset[str] = frozenset()
    undated: bool = False  # no date phrase of its own: dated by its article's day (``reactions``)
    # ids of the places its sentences name only as an act's its act answers ("to protest
    # against the arrest of their leaders in Mbeya": ``store.answered_places``)
    answered: frozenset[str] = frozenset()
    # a curfew, a state of emergency its text names (``measures``)
    measures: frozenset[str] = frozenset()
    # for an act of force: the named facilities its sentences tell struck (``named_targets``)
    targets: frozenset[tuple[str, frozenset[str]]] = frozenset()
    after_toll: bool = False  # a disaster told as days after another's dead (``after_toll``)
    second: bool = False  # its clause tells its hazard as "a second" one (``second_hazard``)
    # for an act of force at a wide place: the halves of it its sentences tell the act in
    # ("across southern and eastern Lebanon": ``compass``)
    parts: frozenset[str] = frozenset()
    # named only as the time anchor of its sentence's own acts ("a day after the launch":
    # ``store.anchor_acts``), their event ids: the article reports those acts, not this one
    anchor: tuple[str, ...] = ()

    @property
    def cell(self) -> str:
        """The blocking cell: its place's (``Spot.cell``), but a missile launch (CAMEO 15, told
        as a launch: ``cues.show_kind``) placed in a country other than its launcher's, where
        it was aimed, landed or set off sirens, is filed at the launcher's country, where the
        outlets on the launcher's side place it (``ends.two_ends``); and so is a ship seized
        (``TAKEN_ROOT``) told off another country's coast by who took it, where the taker's
        side tells it (``rules._taken_home``). A hand-over (an extradition) told at its sending
        country is filed at the receiving one, where most outlets tell it (``ends.hand_over``).
        ``""`` without a place."""
        if self.place is None:
            return ""
        home, there = self.source_country, self.place.country
        if home and there not in (None, home):
            if self.root == LAUNCH_ROOT and self.kind == "launch":
                return home
            if self.root == TAKEN_ROOT and self.offshore:
                return home
        tgt = self.target_country
        if self.code.startswith(HAND_OVER_CODE) and tgt and home and there == home != tgt:
            return sovereign(tgt)  # where the many reports of the one handed over are told
        return self.place.cell

    @property
    def firm(self) -> bool:
        """Dated to the day: such reports form happenings first (``cluster``)."""
        return self.precision == 1

    @property
    def mergeable(self) -> bool:
        # ACLED codes nothing vaguer than a month; a month or a year is too wide to say
        # two reports met in time, so such reports stay happenings of their own. A denied or
        # hypothetical event did not happen, so it is no witness to one that did. A date at
        # the calendar's ends ("on 2 January 0001", "31 December 9999") is a typo or a test,
        # and the windows looked up around it would pass ``date.min`` or ``date.max``. An act
        # told only to date another act of its sentence is not what its article reports.
        return (
            self.precision <= 2
            and self.place is not None
            and not self.unreal
            and not self.anchor
            and in_calendar(self.start, self.end)
        )


# the farthest a merge looks around a report's dates (``rules.reach``, ``grouping.MAX_SPAN``
# and the store's lookup windows are all far shorter): dates this near the calendar's ends
# never merge, so no window computed around them can pass ``date.min`` or ``date.max``
CALENDAR_MARGIN = timedelta(days=366)


def in_calendar(start: date, end: date) -> bool:
    """Are ``start`` and ``end`` at least ``CALENDAR_MARGIN`` inside ``datetime.date``'s
    range (years 1 to 9999)?

    >>> in_calendar(date(2024, 5, 1), date(2024, 5, 2)), in_calendar(date(1, 1, 2), date(1, 1, 2))
    (True, False)
    """
    return date.min + CALENDAR_MARGIN <= start and end <= date.max - CALENDAR_MARGIN


@dataclass(frozen=True, slots=True)
class Match:
    """Why two reports (or a report and a happening) are one happening, scored in [0, 1]."""

    score: float
    reason: str
