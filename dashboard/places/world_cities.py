"""A city the world knows by its bare name outweighs a small namesake that only the
dateline's country backed.

"WASHINGTON (AP) — The envoys will meet again in Geneva" chose Geneva, Illinois (21,806
people): the dateline gives every town of its country +1.2 and the document's main country
+0.8, more than the log-population prior parts Switzerland's city from the village. A
dateline says where the desk is, not that every name is a town of its country; international
news names a national capital ("Paris", "Vienna", "Moscow") or the seat of an international
body ("Geneva", "The Hague", ``data/gazetteer/international_seats.csv``, a source per row)
by its bare name, and a small namesake needs the text to point to it (Leidner 2007, "Toponym
Resolution in Text", 4.3: the prominent referent is the default reading).

So a town under TOWN_YIELDS_BELOW (100,000) people chosen by the scores with the dateline's
country as its only backing (no state of its own named, no anchor near it, no "X, Y")
moves to a namesake abroad that is a national capital (``capitals.is_capital``) or such a
seat and is bigger than it. The dateline's own town keeps its reading ("MOSCOW, Idaho —
... back to Moscow"), and so does a town within ``LOCAL_KM`` of a dateline town that is no
national capital ("DALLAS — ... In Paris, the mayor said": a local desk's story, Paris,
Texas); a capital's desk files the world's news, so there distance does not keep it.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.analysis import dateline_span
from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.capitals import is_capital
from dashboard.places.former_names import only_by_other_name
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.pairs import moved_to
from dashboard.places.scoring import TOWN_YIELDS_BELOW

# the only clauses a reading may give (``choice._reason``) for this rule to move it: its
# size, the dateline's country, the document's main country and the count of the beaten
_DATELINE = "in the dateline country "
_ONLY_BACKING = ("population ", _DATELINE, "in the document's main country ", "beat ")
# a local desk's reach: about a day's drive and back (a regional paper's area)
LOCAL_KM = 300.0


@lru_cache(maxsize=1)
def _seat_ids() -> frozenset[int]:
    """GeoNames ids of ``data/gazetteer/international_seats.csv`` (a source per row)."""
    path = data_dir() / "gazetteer" / "international_seats.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(int(r["geonameid"]) for r in csv.DictReader(fh))


def is_world_city(place: Place) -> bool:
    """A national capital, or a city seating an international body: "Geneva" (CH) -> True;
    "Geneva" (US-IL) -> False."""
    return place.kind == "city" and (is_capital(place) or place.geonameid in _seat_ids())


def _dateline_only(reason: str) -> bool:
    """Whether a reading's reason names its size and the dateline's country and nothing
    else that backs it: "population 21,806; in the dateline country US; in the document's
    main country US; beat 1 other candidate(s)" -> True; one with "near Rockford" -> False."""
    parts = reason.split("; ")
    return (
        parts[0].startswith("population ")
        and any(p.startswith(_DATELINE) for p in parts)
        and all(p.startswith(_ONLY_BACKING) for p in parts)
    )


def world_cities(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each small town that the dateline's country alone chose moved to a
    bigger namesake abroad that is a national capital or an international body's seat (see
    the module); the others unchanged."""
    start, end = dateline_span(text)
    at = next((i for i, m in enumerate(mentions) if start <= m.start < end and m.place), None)
    if at is None:
        return mentions  # no dateline: the rule is about its country's bonus
    # the dateline's own town, read by the document's main country alone ("GENEVA — U.S. and
    # Ukrainian officials said"): a bare dateline names a city the world knows (AP
    # Stylebook, "datelines": cities that stand alone), so it moves first, and the desk
    # the other mentions are weighed against is the moved one
    desk_mention = _moved(mentions[at], None, gaz)
    desk = desk_mention.place
    assert desk is not None
    return [desk_mention if i == at else _moved(m, desk, gaz) for i, m in enumerate(mentions)]


def _local(p: Place, desk: Place) -> bool:
    """Whether ``p`` is the dateline's town or, under a town that is no capital, near it."""
    if p.id == desk.id:
        return True
    if is_capital(desk) or None in (p.lat, p.lon, desk.lat, desk.lon):
        return False
    return distance_km(p.lat, p.lon, desk.lat, desk.lon) < LOCAL_KM  # type: ignore[arg-type]


def _moved(m: Mention, desk: Place | None, gaz: Gazetteer) -> Mention:
    """``m`` moved to a world city namesake, or as it was; ``desk`` None for the dateline's
    own mention (nothing local to keep it)."""
    p = m.place
    if (
        p is None
        or p.kind != "city"
        or p.population >= TOWN_YIELDS_BELOW
        or len(m.candidates) < 2
        or not _dateline_only(m.reason)
        or (desk is not None and _local(p, desk))
    ):
        return m
    for pid, _ in m.candidates:
        c = gaz.get(pid)
        if (
            c is not None
            and c.country_code != p.country_code
            and c.population > p.population
            and is_world_city(c)
            and not only_by_other_name(m.text, p, c)  # "Salisbury" is no longer Harare
        ):
            why = (
                f"a capital or an international body's seat in {c.country_code}, over a "
                f"town of {p.population:,} that only the dateline's country backed"
            )
            return moved_to(m, c, why)
    return m
