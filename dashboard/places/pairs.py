"""A county and a town named in one text: the pair that lies together is the one meant.

Local news names its county and its towns side by side ("Henry County deputies ... in
Paris"). Both names are common: ten states have a Henry County, and the resolver, taking each
name alone, gives the county to the first state and Paris to France. Of all the pairs, the
town that lies in the county (the same state, near the county's point) says which of each is
meant. The rule reads the whole gazetteer under each name, small towns included: a county of
the text that holds a town of that name backs the town as surely as its state named would.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import name_key

# How far a town may lie from its county's point: a large western county is about 100 km
# across; most are 30-50 km.
_IN_COUNTY_KM = 60.0
# Two counties of one name holding as many of the text's towns: the one whose towns hold this
# many times the people of the other's wins the tie.
_TIE_FACTOR = 5


def _explicit(reason: str) -> bool:
    """Whether a reason says an explicit pattern chose the reading ("'X, Y' pattern", "a
    street named with its town"), which no pairing overrides. Two substring tests, not a
    generator over a word list: this runs for most mentions of every text."""
    return "pattern" in reason or "named with its" in reason


# (county key, town key) -> (county id, town) for each town of that name a county of that
# name holds, in the order ``_best_county`` meets them: gazetteer data only, so one
# geoparser keeps them across texts (local news names the same counties and towns again)
HeldMemo = dict[tuple[str, str], tuple[tuple[str, Place], ...]]
_HELD_MEMO_MAX = 65536


def county_towns(
    mentions: list[Mention], gaz: Gazetteer, memo: HeldMemo | None = None
) -> list[Mention]:
    """``mentions`` with ambiguous counties and towns re-chosen as the pairs that lie together.

    A county name is moved to the one of its namesakes that holds more of the text's other
    names as towns than any other namesake does; each of those names is then moved to its
    town in that county. A name with one candidate, or chosen by an explicit pattern ("Paris,
    Texas"), keeps its place, and only that place counts for it. Where the text names one
    state that has a county of the name, only that state's namesakes may hold towns: the
    state named says which county is meant, as it does for the score (``scoring``), and a
    small namesake town elsewhere ("George", a village of 500, beside another state's Grant
    County) does not outvote it.
    """
    counties = _names(mentions, "admin2")
    if not counties:
        return mentions
    towns = {
        k: v for k, v in _names(mentions, "city", "country", "admin1").items() if k not in counties
    }
    if not towns:
        return mentions
    states = frozenset(
        m.place.admin1
        for m in mentions
        if m.place is not None and m.place.kind == "admin1" and m.place.admin1
    )
    chosen: dict[str, tuple[Place, str]] = {}
    for county_key, kept in counties.items():
        best = _best_county(county_key, towns, gaz, memo, kept, states)
        if best is None:
            continue
        county, held = best
        chosen[county_key] = (county, "")
        for town_key, town in held.items():
            chosen.setdefault(town_key, (town, county.name))
    if not chosen:
        return mentions
    return [_moved(m, chosen) for m in mentions]


def _names(mentions: list[Mention], *kinds: str) -> dict[str, Place | None]:
    """Name key -> the place it must keep, or None where the pairs may choose, for the placed
    mentions of those kinds. A name with one candidate ("only candidate": "Atlanta" beside
    a small Illinois namesake) or chosen by an explicit pattern keeps its place."""
    out: dict[str, Place | None] = {}
    for m in mentions:
        if m.place is None or m.place.kind not in kinds:
            continue
        key = name_key(m.text)
        if _fixed(m):
            out[key] = m.place
        else:
            out.setdefault(key, None)
    return out


def _best_county(
    key: str,
    towns: dict[str, Place | None],
    gaz: Gazetteer,
    memo: HeldMemo | None = None,
    kept: Place | None = None,
    states: frozenset[str] = frozenset(),
) -> tuple[Place, dict[str, Place]] | None:
    """The county named ``key`` that holds the most of ``towns``' names, with the town of each
    name it holds; None when no namesake holds one, or two hold as many and neither holds
    _TIE_FACTOR (5) times the people of the other's towns. ``memo``
    keeps what the counties of ``key`` hold of each town name (see ``HeldMemo``). A county
    the text fixed (``kept``: "Wood County, W. Va.") is the only namesake that may hold
    towns: the pairs choose its towns, never another county."""
    if kept is not None:
        if kept.kind != "admin2" or not kept.id.startswith("usc:"):
            return None  # only a US county says which towns it holds
        options = [kept]
        memo = None  # the memo holds what every namesake holds
    else:
        options = [p for p in gaz.places_of(gaz.index.get(key, ())) if p.kind == "admin2"]
    if not options or (len(options) == 1 and not options[0].id.startswith("usc:")):
        return None  # one namesake: only a US county says which towns it holds
    # the namesakes in the one state the text names that has any (of several such states,
    # "Indiana ... Illinois, Ohio and Kentucky", none is preferred): the pairs are
    # filtered, not the options, so the memo stays what every namesake holds
    inside = [o for o in options if o.admin1 in states] if states else []
    allowed = {o.id for o in inside} if len({o.admin1 for o in inside}) == 1 else set()
    held: dict[str, dict[str, Place]] = defaultdict(dict)
    for town_key, kept in towns.items():
        if kept is not None:
            pairs = _held(options, [kept])
        elif memo is None:
            pairs = _held(options, gaz.places_of(gaz.index.get(town_key, ())))
        else:
            got = memo.get((key, town_key))
            if got is None:
                if len(memo) >= _HELD_MEMO_MAX:
                    memo.clear()
                got = memo[(key, town_key)] = _held(
                    options, gaz.places_of(gaz.index.get(town_key, ()))
                )
            pairs = got
        for county_id, town in pairs:
            if not allowed or county_id in allowed:
                held[county_id].setdefault(town_key, town)
    if not held:
        return None
    ranked = sorted(held.items(), key=lambda kv: (-len(kv[1]), -_people(kv[1])))
    # two namesakes hold as many: the one whose towns are far bigger is meant ("Douglas
    # County ... Alexandria" is Minnesota's county seat of 12,000, not a South Dakota village
    # of 600 near the other Douglas County); else the pairs do not tell
    if (
        len(ranked) > 1
        and len(ranked[1][1]) == len(ranked[0][1])
        and _people(ranked[0][1]) < _TIE_FACTOR * max(_people(ranked[1][1]), 1)
    ):
        return None
    best = gaz.get(ranked[0][0])
    return (best, ranked[0][1]) if best is not None else None


def _people(towns: dict[str, Place]) -> int:
    """The population of the towns a county holds, summed."""
    return sum(t.population for t in towns.values())


def _held(options: list[Place], towns: list[Place]) -> tuple[tuple[str, Place], ...]:
    """(county id, town) for each of ``towns`` (with a point) that a county of ``options``
    holds, towns in order and, for each, the counties in order."""
    return tuple(
        (county.id, town)
        for town in towns
        if town.kind == "city" and town.lat is not None and town.lon is not None
        for county in options
        if _holds(county, town)
    )


def _holds(county: Place, town: Place) -> bool:
    if county.admin1 != town.admin1 or county.lat is None or county.lon is None:
        return False
    if town.lat is None or town.lon is None:
        return False
    return distance_km(county.lat, county.lon, town.lat, town.lon) <= _IN_COUNTY_KM


def moved_to(m: Mention, place: Place, why: str) -> Mention:
    """``m`` resolved to ``place`` for the reason ``why``, its candidates kept (with
    ``place`` added when the geoparser had not listed it), so Review can still show them."""
    candidates = (
        m.candidates
        if any(i == place.id for i, _ in m.candidates)
        else (*m.candidates, (place.id, m.score))
    )
    return Mention(m.start, m.end, m.text, place, m.score, why, candidates, m.demonym)


def _moved(m: Mention, chosen: dict[str, tuple[Place, str]]) -> Mention:
    if m.place is None:
        return m
    got = chosen.get(name_key(m.text))
    if got is None or got[0].id == m.place.id:
        return m
    place, county = got
    if county and _fixed(m):
        return m
    if county:
        why = f"lies in {county}, named in the text (a county and its town named together)"
    else:
        why = "holds a town the text names (a county and its town named together)"
    return moved_to(m, place, why)


def domestic_namesakes(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each first-level division that won by its kind alone ("admin1
    prior") moved to a town of the same name in the text's main country, when the division's
    own country is none of the text's places': "Hanover" beside Vermont's towns is the New
    Hampshire town, not Jamaica's parish. Of several such towns, the one nearest the text's
    other places in that country is taken."""
    moved: dict[str, Place | None] = {}
    out = mentions
    for k, m in enumerate(mentions):
        if m.place is None or m.place.kind != "admin1" or not m.reason.startswith("admin1 prior"):
            continue
        key = name_key(m.text)
        if key not in moved:
            moved[key] = _domestic_town(key, m.place, mentions, gaz)
        town = moved[key]
        if town is None:
            continue
        if out is mentions:
            out = list(mentions)
        country = town.country_code
        why = (
            f"a town of the text's main country {country}: the division of that name lies "
            f"in {m.place.country_code}, which the text never names"
        )
        out[k] = moved_to(m, town, why)
    return out


def _domestic_town(
    key: str, division: Place, mentions: list[Mention], gaz: Gazetteer
) -> Place | None:
    """The town named ``key`` in the main country of ``mentions``' other places (two thirds
    of them or more), nearest them, or None (no main country, the division's country among
    the places, no such town)."""
    others = [
        m.place
        for m in mentions
        if m.place is not None and name_key(m.text) != key and m.place.country_code
    ]
    codes = Counter(p.country_code for p in {p.id: p for p in others}.values())
    if not codes or division.country_code in codes:
        return None
    main, count = codes.most_common(1)[0]
    if 3 * count < 2 * codes.total():
        return None  # no main country: two thirds of the text's other places lie in none
    anchors = [
        p
        for p in others
        if p.country_code == main
        and p.lat is not None
        and p.lon is not None
        and p.kind != "country"
    ]
    towns = [
        p
        for p in gaz.places_of(gaz.index.get(key, ()))
        if p.kind == "city" and p.country_code == main and p.lat is not None
    ]
    if not towns:
        return None
    if not anchors:
        return max(towns, key=lambda p: p.population)

    def gap(p: Place) -> float:
        return min(_km(a, p) for a in anchors)

    return min(towns, key=gap)


def _km(a: Place, b: Place) -> float:
    """Distance between two places with points (infinite when either lacks one)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def bare_counties(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bare name of a county the text names in full moved to that
    county, unless it was read as a town in that county: "Walton" beside "Walton County" is
    the county, not a town of that name abroad (local news shortens its counties so),
    while "Dallas" beside "Dallas County" stays the city."""
    counties = {
        name_key(m.text): m
        for m in mentions
        if m.place is not None
        and m.place.kind == "admin2"
        and m.text.endswith((" County", " Parish"))
    }
    if not counties:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        key = name_key(m.text)
        county = counties.get(f"{key} county") or counties.get(f"{key} parish")
        if county is None or county.place is None or m.place == county.place:
            continue
        if m.place is not None and _explicit(m.reason):
            continue  # "Boone, Iowa": the town, said outright
        if m.place is not None and _holds(county.place, m.place):
            continue  # "Dallas" beside "Dallas County": the county's own town, most likely
        if out is mentions:
            out = list(mentions)
        why = f"the {county.text} the text names in full"
        out[k] = Mention(
            m.start, m.end, m.text, county.place, county.score, why, county.candidates, m.demonym
        )
    return out


def city_suffixed(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "X City" that only an alternate name placed ("Akron City" is an
    alternate name of Ohio's Akron only) moved to the place of the
    bare "X" the text also names: local news writes its town both ways, and the bare name
    is the one the text's context resolved ("Akron, Colorado ... Akron City")."""
    bare = {
        name_key(m.text): m
        for m in mentions
        if m.place is not None and m.place.kind == "city" and not m.text.endswith(" City")
    }
    if not bare:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        if m.place is None or m.place.kind != "city" or not m.text.endswith(" City"):
            continue
        key = name_key(m.text[:-5])
        town = bare.get(key)
        if town is None or town.place is None or town.place.id == m.place.id:
            continue
        if name_key(m.place.name) != key or not m.reason.startswith("only candidate"):
            continue  # "Quezon City", "Mexico City": a city of that full name
        if out is mentions:
            out = list(mentions)
        why = f"the {town.text} the text names without 'City'"
        out[k] = Mention(
            m.start, m.end, m.text, town.place, town.score, why, town.candidates, m.demonym
        )
    return out


def _fixed(m: Mention) -> bool:
    """A reading no pairing moves: an explicit pattern, a county of a list ("Hall and Forsyth
    counties"), or a city of 100,000 or more that
    was the name's one candidate ("Atlanta" beside a small Illinois namesake)."""
    if _explicit(m.reason) or m.reason.startswith("a list of"):
        return True  # a county of a list ("Hall and Forsyth counties") is said outright
    return m.reason.startswith("only candidate") and (
        m.place is None or m.place.kind != "city" or m.place.population >= 100_000
    )


def home_state(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town chosen by population alone moved into the text's home
    state: the one first-level division that holds two thirds or more of the towns and
    counties the text names for certain (one candidate, an explicit pattern or a list of
    counties; two names at least). Local news seldom names its
    own state: "Mansfield" beside Shreveport and Bossier City is Louisiana's village. Of
    several namesakes in that state, the nearest to the text's sure places is taken. A city
    of 100,000 or more stays ("Washington" in a North Carolina paper is still the capital)."""
    sure = {
        m.place.id: m.place
        for m in mentions
        if m.place is not None
        and m.place.kind in ("city", "admin2")
        and m.place.admin1
        and (m.reason.startswith(("only candidate", "a list of")) or _explicit(m.reason))
    }
    if len(sure) < 2:
        return mentions  # most texts: counted before any counting
    states: dict[str | None, int] = {}
    for p in sure.values():
        states[p.admin1] = states.get(p.admin1, 0) + 1
    # the most, the first counted on a tie (as Counter.most_common gives)
    home = max(states, key=states.__getitem__)
    count = states[home]
    if 3 * count < 2 * len(sure):
        return mentions
    anchors = [p for p in sure.values() if p.admin1 == home]
    moved: dict[str, Place | None] = {}
    out = mentions
    for k, m in enumerate(mentions):
        if (
            m.place is None
            or m.place.kind != "city"
            or m.place.admin1 == home
            or not m.reason.startswith(("population", "nearest namesake"))
            or "state/province" in m.reason
            or m.place.population >= 100_000
        ):
            continue
        key = name_key(m.text)
        if key not in moved:
            towns = [
                p
                for p in gaz.places_of(gaz.index.get(key, ()))
                if p.kind == "city" and p.admin1 == home
            ]
            moved[key] = (
                min(towns, key=lambda p: min(_km(a, p) for a in anchors)) if towns else None
            )
        town = moved[key]
        if town is None:
            continue
        if out is mentions:
            out = list(mentions)
        why = f"a town of the text's home state {home}, where most of its sure places lie"
        out[k] = moved_to(m, town, why)
    return out
