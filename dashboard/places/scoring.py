"""A candidate's score: its prior (feature kind, population) plus what the text says.

``score`` (with its reasons), ``_in_context`` (the same sums for every candidate of a name at
once), why a place yields to a bigger one of its name (``_yields``), and the containment
tests ("X, Y") the scores and the resolver share.
"""

from __future__ import annotations

import math

from dashboard.model import Place
from dashboard.places.context import Context, _Choice
from dashboard.places.proximity import _nearest_anchor

HOME_BONUS = 0.8
_KIND_PRIOR = {
    "country": 3.6,
    "region": 3.0,
    "sea": 3.0,
    "continent": 3.2,
    "admin1": 2.7,
    "admin2": 2.0,
    "landmark": 2.5,
}
_DIVISIONS = frozenset({"admin1", "country"})
# A town smaller than this yields to a state or country of its very name; a big city does
# not ("pressure from Washington" is the capital, not the state).
TOWN_YIELDS_BELOW = 100_000
# A city this big is what its short name means even when a state owns that name ("New York").
METROPOLIS = 1_000_000


def score(
    p: Place,
    ctx: Context,
    container: list[Place],
    surface: str,
    exact: bool,
    own: bool,
    why: list[str] | None = None,
) -> float:
    """A candidate's score; with ``why``, also the reasons, most telling last."""
    kind, code = p.kind, p.country_code
    value = _prior(p, exact, own)
    if why is not None:
        why.append(f"population {p.population:,}" if kind == "city" else f"{kind} prior")
        if not own and exact:
            why.append("matched by an alternative name only")
    if container and any(_contains(c, p) for c in container):
        value += 3.0
        if why is not None:
            why[:] = [f"'X, {container[0].name}' pattern"]
    elif code and code == ctx.dateline_country and kind != "country":
        value += 1.2
        if why is not None:
            why.append(f"in the dateline country {code}")
    elif (
        p.admin1
        and kind in ("city", "admin2")
        and p.admin1 in ctx.admin1
        and _named_otherwise(ctx.admin1_names.get(p.admin1), surface)
    ):
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
        near = ctx.nearest_anchor(p)
        if near is not None:
            value += 0.6
            if why is not None:
                why.append(f"near {near.name}")
    return value


def _prior(p: Place, exact: bool, own: bool) -> float:
    """What a candidate scores before context: its kind's prior (a town's from its
    population), +0.6 when named by its own name, -1.0 when only an alternative name of it
    is another candidate's own ("Mexico" is not Mexico City)."""
    value = math.log10(p.population + 10) / 2 if p.kind == "city" else _KIND_PRIOR.get(p.kind, 2.0)
    if own:
        value += 0.6
    elif exact:
        value -= 1.0
    return value


def _in_context(
    places: list[Place], bases: list[float], yields: list[str | None], ctx: Context, surface: str
) -> list[float]:
    """``score`` of every candidate outside "X, Y" (and less 1.5 where it yields), from its
    prior in ``bases``: one call per name, not per candidate (this runs for most names of
    every text). The additions keep ``score``'s order, so the floats are the same."""
    dateline, admin1, home, anchors = ctx.dateline_country, ctx.admin1, ctx.home, ctx.anchors
    countries, admin1_names, near = ctx.countries, ctx.admin1_names, ctx.near
    out = []
    for p, value, why in zip(places, bases, yields, strict=True):
        kind, code = p.kind, p.country_code
        if kind == "country":
            pass  # only "X, Y" moves a country, and that goes through score()
        elif code and code == dateline:
            value += 1.2
        elif (
            p.admin1
            and kind in ("city", "admin2")
            and p.admin1 in admin1
            and _named_otherwise(admin1_names.get(p.admin1), surface)
        ):
            value += 1.5
            if why == TOWN_YIELDS and _divisions_abroad(p, places, countries):
                why = None  # its own state is named, the division's country is not
        elif code and (names := countries.get(code)) and (len(names) > 1 or surface not in names):
            value += 0.8  # _named_otherwise, inline: most candidates reach this test
        if kind != "country":
            if code and code == home:
                value += HOME_BONUS
            if anchors:
                got = near.get(p.id, _UNSEEN)
                if got is _UNSEEN:
                    got = near[p.id] = _nearest_anchor(p, anchors)
                if got is not None:
                    value += 0.6
        out.append(value - 1.5 if why else value)
    return out


def _still_yields(
    p: Place, why: str | None, places: list[Place], ctx: Context, surface: str
) -> bool:
    """Whether ``p`` gives way for the reason ``why`` in this text: a town does not where
    the text names its own state and every division of its name lies in a country the text
    does not name (see TOWN_YIELDS)."""
    if why != TOWN_YIELDS:
        return why is not None
    named_state = (
        p.admin1 is not None
        and p.admin1 in ctx.admin1
        and _named_otherwise(ctx.admin1_names.get(p.admin1), surface)
    )
    return not (named_state and _divisions_abroad(p, places, ctx.countries))


def _divisions_abroad(p: Place, places: list[Place], countries: dict[str, frozenset[str]]) -> bool:
    """Every state or country among ``places`` lies outside ``p``'s country, in a country
    the text does not name."""
    return not any(
        q.kind in _DIVISIONS and (q.country_code == p.country_code or q.country_code in countries)
        for q in places
    )


_UNSEEN = object()  # a place whose nearest anchor is not yet known (None is "no anchor")
# why a town gives way to a state or country of its name; not where the text names the
# town's own state and not the division's country ("San Juan" in a text naming Peru's
# Cajamarca is its village there, not Argentina's province; "California" beside
# Pennsylvania is still the US state)
TOWN_YIELDS = "a town that shares its name with a state or country"


def _yields(
    p: Place,
    named_countries: set[str | None],
    divisions: bool,
    container: list[Place],
    own: bool = True,
    country_owns: bool = False,
) -> str | None:
    """Why ``p`` gives way to a bigger place of the very same name, if it does: a state to its
    own country ("Mexico"), a town to a state or country ("California" is not California,
    Pennsylvania) unless the text says "X, Y", and a city that merely lists a division's name
    among its alternates ("Oklahoma" is the state, not Oklahoma City) unless it is a
    metropolis that news calls by that name ("New York": the state needs "New York State" or
    "upstate New York", which name the division outright)."""
    if p.kind == "admin1" and p.country_code in named_countries:
        return "shares its name with its own country"
    if p.kind == "admin2" and country_owns:
        # "ministers met in Luxembourg" is the country, not Belgium's province of that name
        return "a second-level division that shares its name with a country"
    if divisions and p.kind == "city" and not own and (p.population < METROPOLIS or country_owns):
        return "a city that only lists a state's or country's own name as an alternate"
    if (
        divisions
        and p.kind == "city"
        and p.population < TOWN_YIELDS_BELOW
        and not (container and any(_contains(c, p) for c in container))
    ):
        return TOWN_YIELDS
    return None


def _named_otherwise(names: frozenset[str] | None, surface: str) -> bool:
    # named by some other name: "Mexico" does not vouch for "Mexico City" under "Mexico"
    if not names:
        return False
    return len(names) > 1 or surface not in names


def backed(p: Place, ctx: Context, container: list[Place]) -> bool:
    """A minor town counts when its state is named in the text or it stands in 'X, Y'."""
    return bool(p.admin1 and p.admin1 in ctx.admin1) or any(_contains(c, p) for c in container)


def _containing(candidates: list[Place], inner: Place, inner_text: str) -> _Choice | None:
    """Y of "X, Y" when Y's first choice does not contain X: the candidate of Y that does,
    a state before a country ("Atlanta, Georgia" is the US state, not the country)."""
    holding = [c for c in candidates if c.kind in ("admin1", "country") and _contains(c, inner)]
    if not holding:
        return None
    best = min(holding, key=lambda c: c.kind != "admin1")
    why = f"contains {inner.name}, named before it as '{inner_text}, {best.name}'"
    return best, 1.0, why, ((best.id, 1.0),)


def _in_county(county: Place, p: Place) -> bool:
    """Whether the town ``p`` may lie in ``county``: the county has no outline here, so a
    town of the same state (first-level division) may."""
    return county.kind == "admin2" and county.admin1 is not None and p.admin1 == county.admin1


def _contains(container: Place, p: Place) -> bool:
    if container.id == p.id:
        return True
    if container.kind == "country":
        return container.country_code == p.country_code
    if container.kind == "admin1":
        return p.admin1 is not None and p.admin1 == container.admin1
    return False
