"""Frozen value types shared by every layer: Article, Place, Mention, Event.

Precision codes follow ACLED: ``geo_precision`` 1 town/landmark, 2 part of a region or near a
town, 3 large region, sea or country; ``time_precision`` 1 day, 2 week, 3 month, plus 4 for a
year or longer (ACLED stops at 3; historical spans need the fourth).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

BBox = tuple[float, float, float, float]  # west, south, east, north

PLACE_KINDS = ("city", "admin1", "admin2", "country", "region", "sea", "landmark", "continent")
AREA_KINDS = frozenset({"admin1", "admin2", "country", "region", "sea", "continent"})
# the start of an event's ``location_reason`` when the reader placed it by the story's
# dateline alone (``events.finishing``); the happenings' store reads it (``_struck_abroad``)
DATELINE_REASON = "no place named and no actor country: the dateline"
# the start of the ``location_reason`` of an act of force or coercion its victims' own foreign
# service told (``events.foreign_teller``), followed by that state's ISO2: it was abroad, so the
# happenings' store borrows no place of that state for it (``store.abroad_places``)
TOLD_ABROAD = "no place named; told by the foreign service of its people's state, so not in"


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    text: str
    published: date | None
    source: str = ""
    url: str = ""
    path: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``id`` is stable across runs: ``gn:<geonameid>``, ``cc:<ISO2>``,
    ``rg:<slug>``, ``tn:<slug>`` (a row of ``data/gazetteer/towns.csv``)."""

    id: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    country_code: str | None
    geo_precision: int
    geonameid: int | None = None
    population: int = 0
    bbox: BBox | None = None
    shape: str | None = None
    admin1: str | None = None  # ISO 3166-2 code where known ("US-WA"), for "Paris, Texas"

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a text: the span as written, and what it resolved to (or ``None``)."""

    start: int
    end: int
    text: str
    place: Place | None
    score: float
    reason: str
    candidates: tuple[tuple[str, float], ...] = ()
    demonym: bool = False  # a country adjective ("Russian"), reported with geoparse --demonyms


@dataclass(frozen=True, slots=True)
class DateRange:
    """A resolved date: a range, its ACLED-style precision, the phrase and the reasoning.

    ``part``: the part of the range the phrase names, "early", "mid" or "late" (TimeML's
    ``mod`` START, MID, END: "late last year"), or "earlier" or "later" than publication
    within it ("later this month"); "" for the whole. The range itself stays whole, as
    TimeML's value is; an event narrows it (``dates_common.event_span``)."""

    start: date
    end: date
    precision: int
    text: str | None
    reason: str
    part: str = ""


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Roles:
    """CAMEO's source and target actors (GDELT's Actor1 and Actor2), each with its ISO2."""

    source: str | None = None
    source_country: str | None = None
    target: str | None = None
    target_country: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    article_id: str
    summary: str
    when: DateRange
    event_type: EventType
    actors: tuple[str, ...]
    location: Mention | None
    location_reason: str
    places: tuple[Mention, ...]
    evidence: tuple[Evidence, ...]
    flags: tuple[str, ...] = ()
    alt_dates: tuple[DateRange, ...] = field(default=())
    actor_countries: tuple[str | None, ...] = ()  # ISO2 of each actor, aligned with ``actors``
    event_code: str | None = None  # full CAMEO code ("173", GDELT's EventCode); None off CAMEO
    roles: Roles = field(default=Roles())  # source and target: also ``actors``' first entries

    @property
    def date_start(self) -> date:
        return self.when.start

    @property
    def date_end(self) -> date:
        return self.when.end
