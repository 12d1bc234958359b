"""Placing a name at the place the text puts it in, after resolution.

"the village of X in Fife" (``_placed_within``), "Stroud, Ontario" (``_outside_division``) and
"the East Coast of the United States" (``_compass_of_country``): the name is placed at the
containing town, division or country, at a coarser geo precision.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.cues import MEASURED_GAP
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.scoring import _DIVISIONS, _contains
from dashboard.places.told_within import outside_box
from dashboard.places.told_within import placed_at as _placed_at
from dashboard.places.told_within import placed_instead as _placed_instead
from dashboard.places.wording import _container_gap, _list_gap

# What stands between a settlement or area and the place it lies in: "the village of X in
# Y", "the X district of Y", "X district, Y province", "the X slums in Y"
_WITHIN_GAP = re.compile(
    rf"(?: [a-z]+)?(?:,| of| in| near| outside| located in)(?: the)? |{MEASURED_GAP}"
    r"|, an? (?:[a-z-]+ ){0,2}(?:village|town|hamlet|settlement) (?:in|near|outside)(?: the)? "
)
_WITHIN_KINDS = frozenset({"city", "admin2", "admin1", "country"})
_WITHIN_REACH = 40  # characters between the name and the place it lies in


def _placed_within(
    text: str,
    mentions: list[Mention],
    open_: set[int],
    towns: frozenset[int] = frozenset(),
    measured: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The mentions in ``open_`` (by identity: names with no point of their own that the text
    calls settlements or areas) placed at the town, county or state the text puts them in,
    when one follows at once ("the village of X in Fife", "the X district of Baghdad"):
    geo precision 2 ("near a town, part of a region") under a town or county, 3 under a
    state or a country ("the town of X, Nigeria": ACLED's smallest unit the text gives), but
    2 for a settlement in a state ("the village of X in Kherson region", "X, a village in
    Idlib province": a small part of that region, at its point).
    A river or mountain is not placed: it runs far from any one town. The mentions in
    ``towns`` (by identity) are settlements by the text's own word ("the town of Kuriga in
    Kaduna state"): kind ``city`` at the container's point, not an area. Those in
    ``measured`` are told from the place that follows ("in Barsalogho, north of Kaya"): they
    lie in its country but not at its point, so they get the country and no point, and an
    event there falls back to the town it is told from, as ACLED codes it (geo precision 2)."""
    out = []
    for k, m in enumerate(mentions):
        if id(m) not in open_ or k + 1 == len(mentions):
            out.append(m)
            continue
        nxt = mentions[k + 1]
        within = _possessed_division(text, mentions, k + 1).place
        if (
            within is None
            or within.kind not in _WITHIN_KINDS
            or within.lat is None
            or nxt.start - m.end > _WITHIN_REACH
            or _WITHIN_GAP.fullmatch(text, m.end, nxt.start) is None
            or (within.kind in _HOLDERS and _beside(text[m.end : nxt.start]))
        ):
            out.append(m)
            continue
        if id(m) in measured:
            place = replace(_placed_at(m.text, within), lat=None, lon=None)
            why = f"{m.reason}; in {within.country_code}, told from {within.name}: no point"
            out.append(replace(m, place=place, reason=why, candidates=((place.id, 0.0),)))
            continue
        place = _placed_at(m.text, within, "city" if id(m) in towns else "region")
        why = f"{m.reason}; placed at {within.name}, which the text puts it in"
        if id(m) in towns and within.kind == "admin1":
            # a village in a named province is a small part of that region: ACLED codes it
            # at the region's point with geo precision 2 (ACLED Codebook, "geo-precision")
            place = replace(place, geo_precision=2)
            why = f"{why} (geo precision 2: a settlement in the {within.name} division)"
        out.append(replace(m, place=place, reason=why, candidates=((place.id, 0.0),)))
    return out


# "Papua New Guinea's Enga province", "Afghanistan's eastern Paktika province"
_POSSESSED_GAP = re.compile(
    r"['\u2019]s (?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)"
    r"(?:ern)? |remote |mountainous |rural |restive )*"
)


def _possessed_division(text: str, mentions: list[Mention], j: int) -> Mention:
    """The mention whose place holds a name, from ``mentions[j]``: a country in the possessive
    before a division it holds ("the village of X in Papua New Guinea's Enga province")
    gives way to that division, the narrower container the text names (GeoNames feature
    classes: an ADM1 or ADM2 lies within its PCLI; the possessive is the genitive of
    origin, Quirk et al. 5.116, so the division is X's container, not the country)."""
    country = mentions[j].place
    if country is None or country.kind != "country" or j + 1 == len(mentions):
        return mentions[j]
    division = mentions[j + 1]
    held = division.place
    if (
        held is None
        or held.kind not in ("admin1", "admin2")
        or held.lat is None
        or held.country_code != country.country_code
        or _POSSESSED_GAP.fullmatch(text, mentions[j].end, division.start) is None
    ):
        return mentions[j]
    return division


_HOLDERS = frozenset({"admin1", "country"})
_BESIDE = frozenset({"near", "outside"})


def _beside(gap: str) -> bool:
    """Whether the words between a name and its would-be container say it lies by the
    container, not in it ("X, a town near Kharkiv Oblast", "the village of X outside
    Syria"): near a town is ACLED's geo precision 2 at the town's point, but near a
    division or a country may be across its border, so it puts the name in neither."""
    return any(w in _BESIDE for w in gap.split())


# what may follow the country of "X, Country": the phrase's end or a preposition
_HOLDER_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|at|near|last|this|after|before|during|when|where|late|early)\b"
)


def _country_holds(text: str, end: int, town: Place, country: Place, gaz: Gazetteer) -> bool:
    """Whether "X, Country" ending at ``end`` says the town X lies in ``country``: the
    country closes the phrase, and ``town`` (X's namesake) lies well outside its box."""
    return _HOLDER_END.match(text, end) is not None and outside_box(town, country, gaz)


def _outside_division(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town written "X, Y", where Y resolved to a first-level division
    (or country) that does not hold the town X resolved to, moved into Y: "X, Y" says X lies
    in Y (the US Postal Service's and the AP Stylebook's "city, state" form). The namesake
    of X that the gazetteer has in Y wins, the biggest if several: "London, Ontario" in a
    text that also names Kentucky is Ontario's London, not London, Kentucky, which the
    state named elsewhere had favoured (``_held_namesake``). With none there, "Stroud,
    Ontario" says England's Stroud is wrong, and a Stroud the gazetteer lacks is all the
    text backs (placed at Ontario, geo precision 3, as "the village of X in Y" is); a town
    of Y's own country is then left as it was. A comma inside a list joins items, not a
    place and its division ("Lyon, Bavaria and Lombardy"), so a list is left alone;
    "X, Ontario, Canada" is no list.

    Y may be a country ("the town of Boni, Mali": Bonn, whose alternate name Boni is, is no
    town of Mali) when the country ends the phrase (a comma, a full stop or a preposition
    after it: "In Moscow, Ukraine's envoy said" names two places, not one) and X's namesake
    lies outside the country's box (Hong Kong's own code is not China's)."""
    out = mentions
    last = len(mentions) - 1
    for k in range(last):
        m, y = mentions[k], mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or p.kind != "city" or q.kind not in _HOLDERS or q.lat is None:
            continue  # the common case: a town before a division is rare
        if _contains(q, p) or not _container_gap(text, m.end, y.start):
            continue
        if q.kind == "country" and not _country_holds(text, y.end, p, q, gaz):
            continue
        if k > 0 and _list_gap(text, mentions[k - 1].end, m.start):
            continue  # "Paris, Lyon, Bavaria ...": X is an item of a list
        if k + 1 < last:
            z = mentions[k + 2]
            chain = z.place is not None and _contains(z.place, q)  # "Ontario, Canada"
            if not chain and _list_gap(text, y.end, z.start):
                continue
        held = _held_namesake(m, q, gaz)
        if held is not None:
            why = (
                f"'{m.text}, {y.text}' puts it in {q.name}: the {held.name} there "
                f"(not {p.name}, {p.admin1 or p.country_code})"
            )
            rest = tuple(c for c in m.candidates if c[0] != held.id)
            out = _placed_instead(out, mentions, k, held, why)
            out[k] = replace(out[k], candidates=((held.id, 0.0), *rest))
            continue
        if p.country_code == q.country_code:
            continue
        place = _placed_at(m.text, q)
        why = (
            f"'{m.text}, {y.text}' puts it in {q.name}, where the gazetteer has no place "
            f"of that name (not {p.name}, {p.country_code}); placed at {q.name}"
        )
        out = _placed_instead(out, mentions, k, place, why)
    return out


# "X in central Mali", "X in northern Burkina Faso", "X in Kaduna": a settlement and what holds it
_IN_GAP = re.compile(
    r",? in (?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)"
    r"(?:ern)? )?(?:the )?"
)


def _small_town_elsewhere(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A small town (below the cut-off: chosen only because the text calls it a place)
    written "X in Y" or "X, in Y", where Y is a first-level division or a country that does
    not hold it, moves into Y: "the village of Moura in central Mali" is no Portuguese town
    of 9,000. The namesake Y holds wins if the gazetteer has one (``_held_namesake``); else X
    is placed at Y, geo precision 3, kind city, as "Stroud, Ontario" is. A bare "X in Y"
    with a bigger X stays ("officials from Washington in Georgia" came from the capital),
    unless X is a town of middling size (under ``_MIDDLING``) and Y a first-level division
    of another country ("Maro, in Kaduna state": Chad's Maro is no town of Nigeria's)."""
    out = mentions
    for k in range(len(mentions) - 1):
        m = mentions[k]
        if not text.startswith((" in ", ", in "), m.end):  # the common case, tested first
            continue
        y = mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or q.kind not in _HOLDERS:
            continue
        if (
            not Gazetteer.minor(p)
            and not _abroad_of_division(p, q)
            and not _called_settlement_abroad(text, m, p, q)
        ):
            continue
        if q.lat is None or _contains(q, p) or _IN_GAP.fullmatch(text, m.end, y.start) is None:
            continue
        held = _held_namesake(m, q, gaz)
        if held is not None:
            why = f"'{text[m.start : y.end]}' puts it in {q.name}: the {held.name} there"
            place = held
        else:
            place = _placed_at(m.text, q, "city")
            why = (
                f"'{text[m.start : y.end]}' puts it in {q.name}, where the gazetteer has no "
                f"place of that name (not {p.name}, {p.country_code}); placed at {q.name}"
            )
        out = _placed_instead(out, mentions, k, place, why)
    return out


_MIDDLING = 100_000  # a town this big or bigger is one news names in its own right


# "the village of X", "the small town of X": the text's own kind word for a settlement
_SETTLEMENT_OF = re.compile(
    r"\b(?:village|hamlet|settlement|town)s?\s+of\s+$|\bvillages?\s+(?:called|named)\s+$",
    re.IGNORECASE,
)


def _called_settlement_abroad(text: str, m: Mention, p: Place, q: Place) -> bool:
    """Whether the text calls ``m`` a village or town and puts it in a division or country
    ``q`` other than its resolved town ``p``'s, of any size: "the village of Lima in Ituri
    province" is no Peruvian capital, "the town of Lima in northern Ghana" none either (the
    text's own container outranks population, as "X, Y" does in ``_outside_division``; a
    country counts as a division does, GeoNames' hierarchy putting both above the town). Or
    in another division of the same country,
    where the gazetteer knows the town's division: "the border town of Dolo in the Gedo
    region" is no namesake in another region (the caller checks that ``q`` lacks it)."""
    elsewhere = p.country_code != q.country_code or (p.admin1 is not None and q.admin1 is not None)
    return (
        p.kind == "city"
        and (q.kind == "admin1" or (q.kind == "country" and p.country_code != q.country_code))
        and elsewhere
        and _SETTLEMENT_OF.search(text, max(0, m.start - 30), m.start) is not None
    )


def _abroad_of_division(p: Place, q: Place) -> bool:
    """Whether town ``p`` (of middling size) lies in another country than division ``q``."""
    return (
        p.kind == "city"
        and p.population < _MIDDLING
        and q.kind == "admin1"
        and p.country_code != q.country_code
    )


def _held_namesake(m: Mention, within: Place, gaz: Gazetteer) -> Place | None:
    """The biggest town of ``m``'s name that ``within`` (a first-level division or a country)
    holds, among ``m``'s scored candidates and the gazetteer's towns of that name (small
    towns too: the text itself puts the name in ``within``); None when it holds none."""
    found: dict[str, Place] = {}
    for place_id, _ in m.candidates:
        c = gaz.get(place_id)
        if c is not None:
            found[c.id] = c
    for c in gaz.lookup(m.text):
        found.setdefault(c.id, c)
    held = [c for c in found.values() if c.kind == "city" and _contains(within, c)]
    return max(held, key=lambda c: c.population, default=None)


_COMPASS_FIRST = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest".split()
)


def _compass_of_country(mentions: list[Mention], text: str) -> list[Mention]:
    """A name led by a compass word before "of" and a country or first-level division ("the
    East Coast of the United States", "the North of England") names part of it: a namesake
    elsewhere (New Zealand's East Coast region, Cameroon's North) gives way to its point, geo
    precision 3, as
    ``_outside_division`` places "Stroud, Ontario". A place inside the country stays."""
    out = mentions
    for k in range(len(mentions) - 1):
        m = mentions[k]
        if not text.startswith(" of ", m.end):  # the common case, tested first
            continue
        y = mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or q.kind not in _DIVISIONS or _contains(q, p):
            continue
        if text[m.end : y.start] not in (" of ", " of the "):
            continue
        if m.text.split(" ", 1)[0] not in _COMPASS_FIRST or q.lat is None:
            continue
        place = _placed_at(m.text, q)
        why = (
            f"'{text[m.start : y.end]}' names part of {q.name} (not {p.name}, "
            f"{p.country_code}); placed at {q.name}"
        )
        out = _placed_instead(out, mentions, k, place, why)
    return out
