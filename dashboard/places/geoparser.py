"""Find and geocode the places a news text names, offline and in-process.

``Geoparser(gazetteer).parse(text, date=None) -> list[Mention]`` serves ingestion, the app
and ``python -m dashboard geoparse`` alike. Recognition (``recognise.py``) is a longest-match
scan over runs of capitalised words with context filters; resolution scores every candidate with a prior (feature kind,
population) plus the document's own context (dateline, countries named, "X, Y" patterns,
places already resolved nearby) and says in ``reason`` why the winner won.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer, distance_km, load
from dashboard.places.names import fold
from dashboard.places.recognise import Demonym, Match, Recogniser

HOME_BONUS = 0.8
DEMONYM_MENTIONS = False
_KIND_PRIOR = {"country": 3.6, "region": 3.0, "sea": 3.0, "continent": 3.2, "admin1": 2.7,
               "admin2": 2.0, "landmark": 2.5}  # fmt: skip
_DIRECTIONS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (0.7, 0.7), "northwest": (0.7, -0.7), "southeast": (-0.7, 0.7),
    "southwest": (-0.7, -0.7),
}  # fmt: skip
_RELATIVE_SEA = re.compile(
    r"\b(?P<noun>sea|seas|waters|ocean)\s+(?:(?:just|directly|far|immediately|off|some|about"
    r"|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|nautical miles))\s+)*"
    r"(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
    r"(?:of|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*(?P<line>[A-Z][A-Z .,'-]{1,60}?)\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s")


class Geoparser:
    """Recognise and resolve place names. Reuse one instance: the gazetteer loads once."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, overrides: dict[str, Place] | None = None
    ) -> None:
        self.gaz = gazetteer or load()
        self.recogniser = Recogniser(self.gaz)
        # a user's corrections, by folded name: they win over any candidate
        self.overrides: dict[str, Place] = dict(overrides or {})

    # ------------------------------------------------------------ public API

    def parse(self, text: str, date: date | None = None) -> list[Mention]:
        """Every place named in ``text``, in order, each resolved or with ``place=None``.

        >>> [m.place.name for m in Geoparser().parse("Talks in Yokosuka, west of Tokyo.")]
        ['Yokosuka', 'Tokyo']
        """
        matches, demonyms = self.recogniser.find(text)
        return self._resolve(text, matches, demonyms)

    def demonyms(self, text: str) -> list[Demonym]:
        """Demonyms ("South Korean") with the ISO code of their country."""
        return self.recogniser.find(text)[1]

    # ------------------------------------------------------------ resolution

    def _resolve(self, text: str, matches: list[Match], demonyms: list[Demonym]) -> list[Mention]:
        ctx = _Context.of(self, text, matches, demonyms)
        chosen = [self._choose(text, matches, k, ctx) for k in range(len(matches))]
        mentions = [m for m in chosen if m is not None]
        mentions += self._relative_seas(text, mentions)
        if DEMONYM_MENTIONS:
            for s, e, code in demonyms:
                mentions.append(Mention(s, e, text[s:e], self.gaz.country(code), 1.0, "demonym"))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _choose(self, text: str, matches: list[Match], k: int, ctx: _Context) -> Mention | None:
        m = matches[k]
        fixed = self.overrides.get(fold(text[m.start : m.end]))
        if fixed is not None:
            return Mention(m.start, m.end, text[m.start : m.end], fixed, 1.0, "corrected by a user",
                           ((fixed.id, 1.0),))  # fmt: skip
        container = self._container_after(text, matches, k)
        places = [
            p
            for p in (self.gaz.places[i] for i in m.place_ids)
            if not self.gaz.minor(p) or _backed(p, ctx, container)
        ]
        if not places:
            return None  # only small towns of that name, and nothing in the text points to one
        surface = fold(text[m.start : m.end])
        exact = any(fold(p.name) == surface for p in places)
        # a state that bears its own country's name ("Mexico" the state of Mexico) yields to it
        named_countries = {p.country_code for p in places if p.kind == "country"}
        places_scored = places
        scored = []
        for p in places_scored:
            score, why = _score(p, ctx, container, surface, exact)
            if p.kind == "admin1" and p.country_code in named_countries:
                score -= 1.5
                why += "; shares its name with its own country"
            scored.append((p, score, why))
        scored.sort(key=lambda s: -s[1])
        best, best_score, why = scored[0]
        total = sum(math.exp(s - best_score) for _, s, _ in scored)
        reason = why if len(scored) > 1 else "only candidate"
        if len(scored) > 1:
            reason = f"{why}; beat {len(scored) - 1} other candidate(s)"
        return Mention(
            start=m.start,
            end=m.end,
            text=text[m.start : m.end],
            place=best,
            score=round(1.0 / total, 3),
            reason=reason,
            candidates=tuple((p.id, round(s, 3)) for p, s, _ in scored[:10]),
        )

    def _container_after(self, text: str, matches: list[Match], k: int) -> list[Place]:
        """For "X, Y" (Paris, Texas; Yokosuka, Japan): the candidates of Y."""
        if k + 1 >= len(matches):
            return []
        gap = text[matches[k].end : matches[k + 1].start]
        if gap.strip() != ",":
            return []
        return [self.gaz.places[i] for i in matches[k + 1].place_ids]

    def _relative_seas(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'the sea just east of the Korean Peninsula' -> the named sea in that direction."""
        found = []
        for anchor in mentions:
            if anchor.place is None or anchor.place.lat is None:
                continue
            rel = _RELATIVE_SEA.search(text, max(0, anchor.start - 80), anchor.start)
            if not rel:
                continue
            sea = self._sea_towards(anchor.place, rel.group("dir").lower())
            if sea is not None:
                found.append(Mention(
                    start=rel.start("noun"), end=rel.end("noun"), text=rel.group("noun"),
                    place=sea, score=0.8,
                    reason=f"relative phrase: nearest named sea {rel.group('dir')} of {anchor.place.name}",
                ))  # fmt: skip
        return found

    def _sea_towards(self, anchor: Place, direction: str) -> Place | None:
        dy, dx = _DIRECTIONS[direction]
        best, best_score = None, 0.0
        for place in self.gaz.seas:
            if place.kind != "sea" or place.lat is None or place.lon is None or not place.bbox:
                continue
            if _bbox_area(place.bbox) > 1500 or not _near_bbox(anchor, place.bbox, 4.0):
                continue  # oceans and far-away seas
            vy, vx = place.lat - anchor.lat, place.lon - anchor.lon  # type: ignore[operator]
            cos = (vy * dy + vx * dx) / (math.hypot(vy, vx) or 1.0)
            # a sea in that direction, preferring one that touches the anchor over a farther one
            score = cos - _bbox_gap(anchor, place.bbox) / 5
            if cos > 0.5 and score > best_score:
                best, best_score = place, score
        return best


@dataclass(frozen=True, slots=True)
class _Context:
    countries: dict[str, frozenset[str]]  # ISO2 -> the names it is mentioned by (demonyms included)
    admin1: frozenset[str]
    dateline_country: str | None
    home: str | None  # the country most of the document's unambiguous places are in
    anchors: tuple[Place, ...]  # unambiguous non-country places, for proximity

    @staticmethod
    def of(parser: Geoparser, text: str, matches: list[Match], demonyms: list[Demonym]) -> _Context:
        gaz = parser.gaz
        countries: dict[str, set[str]] = {code: {"(demonym)"} for _, _, code in demonyms}
        anchors = []
        admin1: set[str] = set()
        for m in matches:
            places = [gaz.places[i] for i in m.place_ids]
            for p in places:
                if p.kind == "country" and p.country_code:
                    countries.setdefault(p.country_code, set()).add(fold(text[m.start : m.end]))
            admin1 |= {p.admin1 for p in places if p.kind == "admin1" and p.admin1}
            if len(places) == 1 and places[0].kind != "country" and not gaz.minor(places[0]):
                anchors.append(places[0])
        dateline = _dateline_country(gaz, text, matches)
        frozen = {code: frozenset(ks) for code, ks in countries.items()}
        votes = Counter(a.country_code for a in anchors if a.country_code)
        if dateline:
            votes[dateline] += 2
        home = votes.most_common(1)[0][0] if votes else None
        return _Context(frozen, frozenset(admin1), dateline, home, tuple(anchors))


def _score(
    p: Place, ctx: _Context, container: list[Place], surface: str, exact: bool = False
) -> tuple[float, str]:
    if p.kind == "city":
        score = math.log10(p.population + 10) / 2
        why = f"population {p.population:,}"
    else:
        score = _KIND_PRIOR.get(p.kind, 2.0)
        why = f"{p.kind} prior"
    if fold(p.name) == surface:
        score += 0.6  # named by its own name, not an alternative one ("Mexico" is the country)
    elif exact:
        score -= 1.0  # another candidate bears this very name: "Mexico" is not Mexico City
        why += "; matched by an alternative name only"
    if any(_contains(c, p) for c in container):
        score += 3.0
        why = f"'X, {container[0].name}' pattern"
    elif p.country_code and p.country_code == ctx.dateline_country and p.kind != "country":
        score += 1.2
        why += f"; in the dateline country {p.country_code}"
    elif p.admin1 and p.admin1 in ctx.admin1 and p.kind == "city":
        score += 1.5
        why += f"; its state/province {p.admin1} is named in the text"
    elif (
        p.country_code
        # named by some other name: "Mexico" does not vouch for "Mexico City" under "Mexico"
        and ctx.countries.get(p.country_code, frozenset()) - {surface}
        and p.kind != "country"
    ):
        score += 0.8
        why += f"; {p.country_code} is named in the text"
    if p.country_code and p.country_code == ctx.home and p.kind != "country":
        score += HOME_BONUS
        why += f"; in the document's main country {p.country_code}"
    near = [a for a in ctx.anchors if a.id != p.id and _close(a, p)]
    if near and p.kind != "country":
        score += 0.6
        why += f"; near {near[0].name}"
    return score, why


def _backed(p: Place, ctx: _Context, container: list[Place]) -> bool:
    """A minor town counts when its state is named in the text or it stands in 'X, Y'."""
    return bool(p.admin1 and p.admin1 in ctx.admin1) or any(_contains(c, p) for c in container)


def _contains(container: Place, p: Place) -> bool:
    if container.id == p.id:
        return True
    if container.kind == "country":
        return container.country_code == p.country_code
    if container.kind == "admin1":
        return p.admin1 is not None and p.admin1 == container.admin1
    return False


def _close(a: Place, b: Place, km: float = 400.0) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if abs(a.lat - b.lat) > km / 111.0:  # cheap reject before the haversine
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= km


def _bbox_area(bbox: tuple[float, float, float, float]) -> float:
    return abs(bbox[2] - bbox[0]) * abs(bbox[3] - bbox[1])


def _extent_of(p: Place) -> tuple[float, float, float, float]:
    if p.bbox:
        return p.bbox
    assert p.lat is not None
    assert p.lon is not None
    return (p.lon, p.lat, p.lon, p.lat)


def _near_bbox(p: Place, bbox: tuple[float, float, float, float], margin: float) -> bool:
    w, s, e, n = bbox
    ab = _extent_of(p)
    return not (
        ab[2] < w - margin or ab[0] > e + margin or ab[3] < s - margin or ab[1] > n + margin
    )


def _bbox_gap(p: Place, bbox: tuple[float, float, float, float]) -> float:
    """Degrees between the anchor's extent and a bbox (0 when they touch or overlap)."""
    w, s, e, n = bbox
    ab = _extent_of(p)
    return math.hypot(max(0.0, w - ab[2], ab[0] - e), max(0.0, s - ab[3], ab[1] - n))


def _dateline_country(gaz: Gazetteer, text: str, matches: list[Match]) -> str | None:
    line = _DATELINE.match(text)
    if not line:
        return None
    for m in matches:
        if m.start >= line.end("line"):
            break
        places = sorted((gaz.places[i] for i in m.place_ids), key=lambda p: -p.population)
        if places and places[0].country_code:
            return places[0].country_code
    return None
