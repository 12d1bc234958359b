"""A name's first choice of place, and the resolver's memos of gazetteer data.

``Chooser`` holds the per-gazetteer memos (a name's candidates, folded names, weights) and
chooses among a name's candidates by their scores in the text's context; the resolver's
other rules (``name_rules``, ``text_passes``, ``neighbours``) build on it.
"""

from __future__ import annotations

import math
from math import cos, radians

from dashboard.model import Place
from dashboard.places.capitals import capital_names
from dashboard.places.context import Context, _Choice, _Named, _Static
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.scoring import (
    _DIVISIONS,
    TOWN_YIELDS,
    _in_context,
    _named_otherwise,
    _prior,
    _still_yields,
    _yields,
    backed,
    score,
)

# a town named only by another town's alternate name while small towns own the name: won,
# but open to the neighbour pass (a score under RECONSIDER_BELOW)
_ALTERNATE_ONLY = "only candidate, by an alternate name; small towns of that very name set aside"
_ALTERNATE_SCORE = 0.5
# the word for "city" that GeoNames leaves on some towns' names, by country
_CITY_SUFFIXES = {"JP": "-shi", "KR": "-si", "KP": "-si"}

# kinds an aliases.csv row makes the owner of its name (a country only against divisions)
_ALIAS_OWNERS = frozenset({"city", "country"})


class Chooser:
    """A name's first choice among its candidates, with the memos of gazetteer data the
    resolver's rules share. One per gazetteer; keeps no per-text state."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        # pure memos of gazetteer data, filled as names are met: a place's folded name, and
        # a name's candidates with the small towns (most of a common name's) set apart
        self._folded: dict[str, str] = {}
        self._fetched: dict[int, tuple[list[Place], list[Place]]] = {}
        self._minor_cache: dict[int, list[tuple[float, float, Place]]] = {}
        self._minors_by_division: dict[int, dict[str, set[str]]] = {}
        self._codes: dict[int, _Named] = {}
        self._statics: dict[tuple[int, str], _Static] = {}
        self._states: dict[int, bool] = {}
        self._weights: dict[str, tuple[int, int]] = {}
        self._owners: dict[tuple[int, str], list[Place]] = {}
        self._has_towns: dict[int, bool] = {}  # a name's candidates include a town

    def _fetch(self, place_ids: tuple[str, ...]) -> tuple[list[Place], list[Place]]:
        """(every candidate, the candidates that are not small towns) of a name."""
        got = self._fetched.get(id(place_ids))
        if got is None:  # keyed by identity: the index holds each tuple for good
            places = self.gaz.places_of(place_ids)
            majors = [p for p in places if not Gazetteer.minor(p)]
            got = self._fetched[id(place_ids)] = (places, majors)
        return got

    def _named(self, place_ids: tuple[str, ...]) -> _Named:
        """A name's candidates with its countries' and divisions' codes (memoised as _fetch)."""
        got = self._codes.get(id(place_ids))
        if got is None:
            places = self._fetch(place_ids)[0]
            countries = tuple(
                p.country_code for p in places if p.kind == "country" and p.country_code
            )
            admin1 = tuple(p.admin1 for p in places if p.kind == "admin1" and p.admin1)
            anchor, vote = None, None
            # an unambiguous place that is neither a country nor a small town anchors the
            # text's other names and votes for its home country
            if len(places) == 1 and places[0].kind != "country" and not Gazetteer.minor(places[0]):
                p = places[0]
                if p.lat is not None and p.lon is not None:
                    anchor = (p.lat, p.lon, p, radians(p.lat), cos(radians(p.lat)))
                vote = p.country_code or None
            got = self._codes[id(place_ids)] = (places, countries, admin1, anchor, vote)
        return got

    def _backed(
        self,
        ids: tuple[str, ...],
        candidates: list[Place],
        ctx: Context,
        container: list[Place],
        surface: str,
    ) -> list[Place]:
        """The candidates that are not small towns, or that the text backs up (``backed``),
        in index order. The small towns are looked up by division, not walked one by one:
        a common name has hundreds of them. A division counts as named only by some other
        name than ``surface`` (folded), as for the score's bonus (``_named_otherwise``): a
        name does not back its own small towns through its own division's reading
        ("Zaporizhzhia" is the oblast or the city of 710,000, not a village of 656 in that
        oblast)."""
        if container and any(c.kind not in ("admin1", "city") for c in container):
            return [p for p in candidates if not Gazetteer.minor(p) or backed(p, ctx, container)]
        by_division = self._minors_by_division.get(id(ids))
        if by_division is None:
            by_division = {}
            for p in candidates:
                if Gazetteer.minor(p) and p.admin1:
                    by_division.setdefault(p.admin1, set()).add(p.id)
            self._minors_by_division[id(ids)] = by_division
        named = ctx.admin1
        if not by_division.keys().isdisjoint(named):  # rare: most names' towns lie elsewhere
            names = ctx.admin1_names
            named = frozenset(
                c for c in by_division.keys() & named if _named_otherwise(names.get(c), surface)
            )
        if not container and by_division.keys().isdisjoint(named):
            return self._fetch(ids)[
                1
            ]  # the common case: no small town of it lies in a named division
        chosen: set[str] = set()
        # walk the smaller side: most names have few small towns' divisions
        for code in (by_division.keys() & named) if len(by_division) < len(named) else named:
            if code in by_division:
                chosen |= by_division[code]
        for c in container:
            chosen.add(c.id)
            if c.kind == "admin1" and c.admin1 in by_division:
                chosen |= by_division[c.admin1]
        if not chosen:  # no small town of the name lies in a division the text names
            return self._fetch(ids)[1]
        return [p for p in candidates if p.id in chosen or not Gazetteer.minor(p)]

    def _choose(
        self, surface_text: str, place_ids: tuple[str, ...], ctx: Context, container: list[Place]
    ) -> _Choice | None:
        candidates, majors = self._fetched.get(id(place_ids)) or self._fetch(place_ids)
        places = majors
        if (ctx.admin1 or container) and len(places) < len(candidates):
            places = self._backed(place_ids, candidates, ctx, container, fold(surface_text))
        if not places:
            return None  # only small towns of that name, and nothing in the text points to one
        surface = fold(surface_text)
        if container or places is not majors:
            static = self._static(places, surface, container)
        else:  # the common case: the name's own major places, memoised across texts
            memo = self._statics.get((id(place_ids), surface))
            if memo is None:
                memo = self._statics[(id(place_ids), surface)] = self._static(places, surface, [])
            static = memo
        owns, exact, bases, yields = static
        if container:
            scores = [
                score(p, ctx, container, surface, exact, own)
                - (1.5 if why and _still_yields(p, why, places, ctx, surface) else 0.0)
                for p, own, why in zip(places, owns, yields, strict=True)
            ]
        else:
            scores = _in_context(places, bases, yields, ctx, surface)
        if len(places) == 1:
            only = places[0]
            if only.kind == "city" and not owns[0] and len(candidates) > 1:
                # a town named so only by another town's alternate name, while small towns
                # own it ("Breslau", Wroclaw's old name, an Ontario town's own): the neighbour
                # pass may still find the small town beside the text's other places; the
                # alternate name costs what _prior takes when a bigger namesake owns it
                alternate = round(scores[0] - 1.0, 3)
                return only, _ALTERNATE_SCORE, _ALTERNATE_ONLY, ((only.id, alternate),)
            return only, 1.0, "only candidate", ((only.id, round(scores[0], 3)),)
        n = len(places)
        if len(set(scores)) == n:  # no ties: the score alone orders them
            order = sorted(range(n), key=scores.__getitem__, reverse=True)
        else:
            # equal scores ("Maryland": the US state and the Liberian county) go to the place
            # of the more populous country, then to the bigger place
            order = sorted(
                range(n), key=lambda i: (scores[i], self._weight(places[i])), reverse=True
            )
        best, top = places[order[0]], scores[order[0]]
        exp = math.exp
        total = sum([exp(v - top) for v in scores])
        return (
            best,
            round(1.0 / total, 3),
            self._reason(best, ctx, container, surface, exact, owns[order[0]], n, yields[order[0]]),
            tuple([(places[i].id, round(scores[i], 3)) for i in order[:10]]),
        )

    def _static(self, places: list[Place], surface: str, container: list[Place]) -> _Static:
        """What a name's candidates score before the text's context: whether each bears the
        name as its own, whether any does, each one's prior (see ``_prior``) and why it gives
        way to a bigger namesake (``_yields``)."""
        folded = self._folded
        # a name a row of aliases.csv gives a place is its own, as its GeoNames name is
        # ("Calcutta": Kolkata's English name until 2001, not the South African town's alone);
        # a country's too where only divisions share the name ("Zaire", the DR Congo's name
        # until 1997, against Angola's province): against towns the text's context decides
        alias_of = self.gaz.alias_of
        owns = [
            (folded.get(p.id) or self._fold_name(p)) == surface
            or (
                p.kind in _ALIAS_OWNERS
                and (surface, p.id) in alias_of
                and (p.kind == "city" or not any(q.kind == "city" for q in places))
            )
            for p in places
        ]
        exact = any(owns)
        bases = [_prior(p, exact, own) for p, own in zip(places, owns, strict=True)]
        if len(places) == 1:
            return owns, exact, bases, [None]
        named_countries = {p.country_code for p in places if p.kind == "country"}
        divisions = any(own and p.kind in _DIVISIONS for p, own in zip(places, owns, strict=True))
        # a country owning the name outweighs even a metropolis ("Mexico" is not Mexico City)
        country_owns = any(own and p.kind == "country" for p, own in zip(places, owns, strict=True))
        yields = [
            _yields(p, named_countries, divisions, container, own, country_owns)
            for p, own in zip(places, owns, strict=True)
        ]
        if divisions:
            _to_capital(places, owns, bases, surface, yields)
        return owns, exact, bases, yields

    @staticmethod
    def _reason(
        best: Place,
        ctx: Context,
        container: list[Place],
        surface: str,
        exact: bool,
        own: bool,
        n: int,
        yields: str | None,
    ) -> str:
        if n == 1:
            return "only candidate"
        why: list[str] = []
        score(best, ctx, container, surface, exact, own, why)
        if yields and not (yields == TOWN_YIELDS and any(w.startswith("its state/") for w in why)):
            why.append(yields)  # a town whose state is named yields to no namesake's
        return f"{'; '.join(why)}; beat {n - 1} other candidate(s)"

    def _weight(self, p: Place) -> tuple[int, int]:
        """(its country's population, its own): the tie-break of equal scores (memoised)."""
        got = self._weights.get(p.id)
        if got is None:
            country = self.gaz.country(p.country_code)
            got = self._weights[p.id] = (country.population if country else 0, p.population)
        return got

    def _fold_name(self, p: Place) -> str:
        name = fold(p.name)
        if p.kind == "city" and p.country_code in _CITY_SUFFIXES:
            # GeoNames writes some towns with the word for "city": "Nara-shi" is Nara's own
            # name, as "Suwon-si" is Suwon's
            suffix = _CITY_SUFFIXES[p.country_code]
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        self._folded[p.id] = name
        return name


def _to_capital(
    places: list[Place], owns: list[bool], bases: list[float], surface: str, yields: list
) -> None:
    """A first-level division named after the national capital it holds gives way to the
    capital where its prior would beat the city's ("protests in Podgorica" are in the city,
    not its municipality); the division is named as such ("Podgorica Municipality")."""
    capitals = capital_names()
    held: dict[str | None, float] = {}  # country -> the prior of its biggest town of the name
    for p, own, base in zip(places, owns, bases, strict=True):
        if own and p.kind == "city" and fold(capitals.get(p.country_code or "", "")) == surface:
            held[p.country_code] = max(base, held.get(p.country_code, base))
    if not held:
        return
    for k, (p, own) in enumerate(zip(places, owns, strict=True)):
        if (
            own
            and p.kind == "admin1"
            and bases[k] >= held.get(p.country_code, bases[k] + 1)
            and yields[k] is None
        ):
            yields[k] = "a division named after the capital it holds"
