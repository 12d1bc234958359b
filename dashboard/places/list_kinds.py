"""Items of one list are places of one kind: "clashes in Osh and Jalal-Abad" names two cities,
as "Mombasa and Kisumu" does (``name_rules.BIG_TOWN``), though Jalal-Abad is also an oblast
whose prior would win alone. A first-level division listed beside a city of its country
yields to its own name's city of ``BIG_TOWN`` people or more in that country, unless the name is
the division's own ("New York" beside Boston stays the state: a division's own name beats a
city that lists it as an alternate name, issue 13)."""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.name_rules import BIG_TOWN
from dashboard.places.names import fold
from dashboard.places.told_within import placed_instead
from dashboard.places.wording import _list_gap, _typed


def _big_city(p: Place | None, country: str | None) -> bool:
    return (
        p is not None
        and p.kind == "city"
        and p.population >= BIG_TOWN
        and (country is None or p.country_code == country)
    )


def cities_listed(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each division that a list joins to a city of 100,000 or more of its
    own country (by a comma, "and" or "or") moved to the city of its name there, the biggest
    of 100,000 or more among its candidates; a division named by its own name or with a
    type word ("the X region", "X Oblast") stays."""
    out = mentions
    last = len(mentions) - 1
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "admin1" or len(m.candidates) < 2:
            continue  # the common case: most names are no division with a town's namesake
        beside = [
            mentions[j].place
            for j, joined in (
                (k - 1, k > 0 and _list_gap(text, mentions[k - 1].end, m.start)),
                (k + 1, k < last and _list_gap(text, m.end, mentions[k + 1].start)),
            )
            if joined
        ]
        if not any(_big_city(q, p.country_code) for q in beside):
            continue
        if fold(p.name) == fold(m.text) or _typed(text, m.start, m.end) is not None:
            continue
        cities = [
            c
            for pid, _ in m.candidates
            if (c := gaz.get(pid)) is not None and _big_city(c, p.country_code)
        ]
        if not cities:
            continue
        city = max(cities, key=lambda c: c.population)
        why = f"a city listed beside a city of {p.country_code}: {city.name}, not {p.name}"
        out = placed_instead(out, mentions, k, city, why)
    return out


def countries_listed(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each name that is also a country's, listed only beside countries,
    moved to that country: "Niger, Nigeria and Benin" names three countries, though "X,
    Nigeria" alone reads as a place in Nigeria (Niger State) and "Niger" may be the river. A
    list is three names or more, or two joined by "and" or "or" ("Niger and Chad"): two
    joined by a comma alone ("Georgia, USA") are a place and its container. Only a country
    of that very name counts: "Yugoslavia and Slovenia" keeps the historical region, which
    GeoNames gives Serbia and Montenegro only as an old name."""
    out = mentions
    last = len(mentions) - 1
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind == "country" or len(m.candidates) < 2:
            continue  # the common case: a country already, or one reading only
        joined = [
            j
            for j in (k - 1, k + 1)
            if 0 <= j <= last
            and _list_gap(
                text, *((mentions[j].end, m.start) if j < k else (m.end, mentions[j].start))
            )
        ]
        if not joined or not all(_country(mentions[j].place) for j in joined):
            continue
        gaps = [
            text[mentions[j].end : m.start] if j < k else text[m.end : mentions[j].start]
            for j in joined
        ]
        if (
            len(joined) == 1
            and gaps[0].strip() == ","
            and not _listed_on(text, mentions, joined[0], k)
        ):
            continue  # "X, Country": the container, unless the country's list goes on
        key = fold(m.text)
        country = next(
            (
                c
                for pid, _ in m.candidates
                if (c := gaz.get(pid)) is not None and _country(c) and fold(c.name) == key
            ),
            None,
        )
        if country is None:
            continue
        why = f"listed beside countries: the country {country.name}, not {p.name} ({p.kind})"
        out = placed_instead(out, mentions, k, country, why)
    return out


def _country(p: Place | None) -> bool:
    return p is not None and p.kind == "country"


def _listed_on(text: str, mentions: list[Mention], j: int, k: int) -> bool:
    """Whether the country ``mentions[j]``, joined to ``k`` by a comma, is joined on its far
    side to a further country: "Niger, Nigeria and Benin"."""
    far = j + 1 if j > k else j - 1
    if not 0 <= far < len(mentions):
        return False
    a, b = (mentions[j], mentions[far]) if far > j else (mentions[far], mentions[j])
    return _country(mentions[far].place) and _list_gap(text, a.end, b.start)
