"""Resolution: which of a name's gazetteer places the text means, and why.

Every candidate gets a prior (feature kind, population) plus what the document itself says:
its dateline, the countries and states it names, "X, Y" patterns and the unambiguous places
near a candidate. Scores are plain numbers; the sentence that says why is written for the
winner alone (writing one per candidate was a third of the geoparser's time).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import MAJOR_POPULATION, Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.recognise import Demonym, Match

HOME_BONUS = 0.8
_KIND_PRIOR = {"country": 3.6, "region": 3.0, "sea": 3.0, "continent": 3.2, "admin1": 2.7,
               "admin2": 2.0, "landmark": 2.5}  # fmt: skip
_DATELINE = re.compile(r"^\s*(?P<line>[A-Z][A-Z .,'-]{1,60}?)\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s")
_NEAR_KM = 400.0
# what a name resolved to: place, score, reason, candidates (the rest of a Mention)
_Choice = tuple[Place, float, str, tuple[tuple[str, float], ...]]


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole document says, read once before any name is resolved."""

    candidates: list[list[Place]]  # per match, every place its name may be
    countries: dict[str, frozenset[str]]  # ISO2 -> the names it is mentioned by (demonyms too)
    admin1: frozenset[str]
    dateline_country: str | None
    home: str | None  # the country most of the document's unambiguous places are in
    anchors: tuple[Place, ...]  # unambiguous non-country places, for proximity

    @staticmethod
    def of(gaz: Gazetteer, text: str, matches: list[Match], demonyms: list[Demonym]) -> Context:
        countries: dict[str, set[str]] = {code: {"(demonym)"} for _, _, code in demonyms}
        candidates = [gaz.places_of(m.place_ids) for m in matches]
        anchors = []
        admin1: set[str] = set()
        for m, places in zip(matches, candidates, strict=True):
            for p in places:
                if p.kind == "country" and p.country_code:
                    countries.setdefault(p.country_code, set()).add(fold(text[m.start : m.end]))
                elif p.kind == "admin1" and p.admin1:
                    admin1.add(p.admin1)
            if len(places) == 1 and places[0].kind != "country" and not gaz.minor(places[0]):
                anchors.append(places[0])
        dateline = _dateline_country(text, matches, candidates)
        votes = Counter(a.country_code for a in anchors if a.country_code)
        if dateline:
            votes[dateline] += 2
        home = votes.most_common(1)[0][0] if votes else None
        frozen = {code: frozenset(names) for code, names in countries.items()}
        return Context(candidates, frozen, frozenset(admin1), dateline, home, tuple(anchors))


class Resolver:
    """Chooses a place for each recognised name. One per gazetteer; keeps no per-text state."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._folded: dict[str, str] = {}  # place id -> its folded name, a pure memo

    def resolve(self, text: str, matches: list[Match], demonyms: list[Demonym],
                overrides: dict[str, Place]) -> list[Mention]:  # fmt: skip
        ctx = Context.of(self.gaz, text, matches, demonyms)
        out = []
        # The context is fixed for the whole text, so a name written again with the same "X, Y"
        # container resolves the same way: news repeats its places (a third of the matches).
        seen: dict[tuple[str, tuple[str, ...]], _Choice | None] = {}
        for k, m in enumerate(matches):
            surface = text[m.start : m.end]
            fixed = overrides.get(fold(surface)) if overrides else None
            if fixed is not None:
                out.append(Mention(m.start, m.end, surface, fixed, 1.0, "corrected by a user",
                                   ((fixed.id, 1.0),)))  # fmt: skip
                continue
            container = _container_after(text, matches, k, ctx)
            memo = (surface, matches[k + 1].place_ids if container else ())
            if memo in seen:
                choice = seen[memo]
            else:
                choice = seen[memo] = self._choose(surface, ctx.candidates[k], ctx, container)
            if choice is not None:
                out.append(Mention(m.start, m.end, surface, *choice))
        return out

    def _choose(self, surface_text: str, candidates: list[Place], ctx: Context,
                container: list[Place]) -> _Choice | None:  # fmt: skip
        places = [
            p
            for p in candidates
            if p.population >= MAJOR_POPULATION or p.kind != "city" or backed(p, ctx, container)
        ]
        if not places:
            return None  # only small towns of that name, and nothing in the text points to one
        surface = fold(surface_text)
        owns = [self.folded_name(p) == surface for p in places]
        exact = any(owns)
        # a state that bears its own country's name ("Mexico" the state of Mexico) yields to it
        named_countries = {p.country_code for p in places if p.kind == "country"}
        scores = []
        for p, own in zip(places, owns, strict=True):
            value = score(p, ctx, container, surface, exact, own)
            if p.kind == "admin1" and p.country_code in named_countries:
                value -= 1.5
            scores.append(value)
        order = sorted(range(len(places)), key=lambda i: -scores[i])
        best, top = places[order[0]], scores[order[0]]
        total = sum(math.exp(v - top) for v in scores)
        return (
            best,
            round(1.0 / total, 3),
            self._reason(
                best, ctx, container, surface, exact, owns[order[0]], named_countries, len(places)
            ),
            tuple((places[i].id, round(scores[i], 3)) for i in order[:10]),
        )

    @staticmethod
    def _reason(best: Place, ctx: Context, container: list[Place], surface: str, exact: bool,
                own: bool, named_countries: set[str | None], n: int) -> str:  # fmt: skip
        if n == 1:
            return "only candidate"
        why: list[str] = []
        score(best, ctx, container, surface, exact, own, why)
        if best.kind == "admin1" and best.country_code in named_countries:
            why.append("shares its name with its own country")
        return f"{'; '.join(why)}; beat {n - 1} other candidate(s)"

    def folded_name(self, p: Place) -> str:
        name = self._folded.get(p.id)
        if name is None:
            name = self._folded[p.id] = fold(p.name)
        return name


def score(p: Place, ctx: Context, container: list[Place], surface: str, exact: bool, own: bool,
          why: list[str] | None = None) -> float:  # fmt: skip
    """A candidate's score; with ``why``, also the reasons, most telling last."""
    kind, code = p.kind, p.country_code
    if kind == "city":
        value = math.log10(p.population + 10) / 2
        if why is not None:
            why.append(f"population {p.population:,}")
    else:
        value = _KIND_PRIOR.get(kind, 2.0)
        if why is not None:
            why.append(f"{kind} prior")
    if own:
        value += 0.6  # named by its own name, not an alternative one ("Mexico" is the country)
    elif exact:
        value -= 1.0  # another candidate bears this very name: "Mexico" is not Mexico City
        if why is not None:
            why.append("matched by an alternative name only")
    if container and any(_contains(c, p) for c in container):
        value += 3.0
        if why is not None:
            why[:] = [f"'X, {container[0].name}' pattern"]
    elif code and code == ctx.dateline_country and kind != "country":
        value += 1.2
        if why is not None:
            why.append(f"in the dateline country {code}")
    elif p.admin1 and kind == "city" and p.admin1 in ctx.admin1:
        value += 1.5
        if why is not None:
            why.append(f"its state/province {p.admin1} is named in the text")
    elif code and kind != "country" and _named_otherwise(ctx.countries.get(code), surface):
        value += 0.8
        if why is not None:
            why.append(f"{code} is named in the text")
    if code and code == ctx.home and kind != "country":
        value += HOME_BONUS
        if why is not None:
            why.append(f"in the document's main country {code}")
    if kind != "country" and ctx.anchors:
        near = _nearest_anchor(p, ctx.anchors)
        if near is not None:
            value += 0.6
            if why is not None:
                why.append(f"near {near.name}")
    return value


def _named_otherwise(names: frozenset[str] | None, surface: str) -> bool:
    # named by some other name: "Mexico" does not vouch for "Mexico City" under "Mexico"
    return names is not None and (len(names) > 1 or (bool(names) and surface not in names))


def _nearest_anchor(p: Place, anchors: tuple[Place, ...]) -> Place | None:
    """The first unambiguous place of the text within 400 km of ``p`` (not ``p`` itself)."""
    if p.lat is None or p.lon is None:
        return None
    for a in anchors:
        if a.lat is None or a.lon is None or a.id == p.id:
            continue
        if abs(a.lat - p.lat) > _NEAR_KM / 111.0:  # cheap reject before the haversine
            continue
        if distance_km(a.lat, a.lon, p.lat, p.lon) <= _NEAR_KM:
            return a
    return None


def backed(p: Place, ctx: Context, container: list[Place]) -> bool:
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


def _container_after(text: str, matches: list[Match], k: int, ctx: Context) -> list[Place]:
    """For "X, Y" (Paris, Texas; Yokosuka, Japan): the candidates of Y."""
    if k + 1 >= len(matches):
        return []
    if text[matches[k].end : matches[k + 1].start].strip() != ",":
        return []
    return ctx.candidates[k + 1]


def _dateline_country(text: str, matches: list[Match], candidates: list[list[Place]]) -> str | None:
    line = _DATELINE.match(text)
    if not line:
        return None
    for m, places in zip(matches, candidates, strict=True):
        if m.start >= line.end("line"):
            break
        if places:
            top = max(places, key=lambda p: p.population)
            if top.country_code:
                return top.country_code
    return None
