"""A name before "regency" in a text set in Indonesia is one of Indonesia's regencies.

A regency (kabupaten) is Indonesia's second-level division; English news writes it after the
name ("the Karo regency", "Bantul Regency"), and the packaged data has none of them: only
Indonesia's provinces and its towns. "Floods hit the Karo regency in North Sumatra" put
Karo at a town of that name in India. In a text that names Indonesia or a place in it, a
name before "regency" that resolved outside Indonesia moves there: to a town of that name
in Indonesia (a regency often bears its seat's name), the biggest if several; else it is
placed at the Indonesian province the text names first (among its towns where it has
them, ``division_towns``), else at Indonesia's point, as "Stroud, Ontario" is placed at
Ontario (``placing``).

A district is the same second-level unit under another word, in many countries (India,
Pakistan, Indonesia, Nigeria's local government areas are called so in news): "the district
of Karo" or "Karo district" in a text whose other places all lie in one country is a district
of that country, not a town of that name abroad. It moves there as a regency does
(``districts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.division_towns import towns_point
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to
from dashboard.places.runs import Demonym
from dashboard.places.told_within import placed_at

INDONESIA = "ID"
_AFTER = (" regency", " Regency")
_DISTRICT_AFTER = (" district", " District")
_DISTRICT_BEFORE = ("district of ", "District of ", "regency of ", "Regency of ")


def regencies(
    text: str, mentions: list[Mention], gaz: Gazetteer, demonyms: Sequence[Demonym] = ()
) -> list[Mention]:
    """``mentions`` with each name written before "regency" moved into Indonesia when the
    text is set there (see the module); ``demonyms`` ("the Indonesian ministry") set a
    text in their country as its places do."""
    adjectives = frozenset(code for _, _, code in demonyms)
    found = [
        k
        for k, m in enumerate(mentions)
        if text.startswith(_AFTER, m.end)
        and (p := m.place) is not None
        and p.country_code != INDONESIA
    ]
    if not found:
        return districts(text, mentions, gaz, adjectives)  # the common case
    inside = [
        m.place for m in mentions if m.place is not None and m.place.country_code == INDONESIA
    ]
    if not inside and INDONESIA not in adjectives:
        # "the Hyatt Regency": no regency of Indonesia's
        return districts(text, mentions, gaz, adjectives)
    out = list(mentions)
    for k in found:
        out[k] = _moved_into(mentions[k], "regency", INDONESIA, inside, gaz)
    return districts(text, out, gaz, adjectives)


def districts(
    text: str, mentions: list[Mention], gaz: Gazetteer, adjectives: frozenset[str] = frozenset()
) -> list[Mention]:
    """``mentions`` with each town written "the district of X" or "X district" moved into
    the one country that holds every other place the text names and whose adjectives
    (``adjectives``: their codes) it uses, when it lies outside it (see the module); a text
    of several countries, or none, is left alone."""
    found = [
        k
        for k, m in enumerate(mentions)
        if (p := m.place) is not None
        and (
            (
                p.kind == "city"
                and (
                    text.startswith(_DISTRICT_AFTER, m.end)
                    or text[max(0, m.start - 12) : m.start].endswith(_DISTRICT_BEFORE)
                )
            )
            or _town_district(m)
        )
    ]
    if not found:
        return mentions  # the common case
    skip = set(found)
    # a district named after its province's seat stays in the province ("Kandahar
    # district" in a story told from Pakistan is Afghanistan's); found once more below
    found = [k for k in found if not _province_seat(mentions[k], gaz)]
    codes = {
        m.place.country_code
        for k, m in enumerate(mentions)
        if k not in skip
        and m.place is not None
        and m.place.country_code
        and m.place.kind != "landmark"  # a building named after a person: weak evidence
    } | adjectives
    if len(codes) != 1:
        return mentions
    (code,) = codes
    inside = [m.place for m in mentions if m.place is not None and m.place.country_code == code]
    out = list(mentions)
    for k in found:
        old = mentions[k].place
        if old is not None and old.country_code != code:
            out[k] = _moved_into(mentions[k], "district", code, inside, gaz)
    return out


def province_seat(town: Place, candidates: Sequence[Place]) -> bool:
    """Whether ``town`` (a town, or a district placed at one) shares its name with the
    first-level division it lies in, among ``candidates`` (the places of the name): the
    province named after its seat ("Kandahar", "Herat", "Ghazni", each a province of
    Afghanistan, its capital and the district round it), so that "X district" is that
    province's, wherever else a town of the name lies."""
    return town.admin1 is not None and any(
        c.kind == "admin1" and c.admin1 == town.admin1 for c in candidates
    )


def _province_seat(m: Mention, gaz: Gazetteer) -> bool:
    p = m.place
    if p is None or p.admin1 is None:
        return False
    name = m.text[: -len(" district")] if m.text.endswith(_DISTRICT_AFTER) else m.text
    return province_seat(p, gaz.lookup(name))


def _town_district(m: Mention) -> bool:
    """Whether ``m`` is "X district" made a district at the town X's point
    (``NameRules._second_level``): the town may lie in the wrong country, as above."""
    p = m.place
    return (
        p is not None
        and p.kind == "admin2"
        and p.id.startswith("ul:")
        and p.name.endswith(_DISTRICT_AFTER)
    )


def _moved_into(m: Mention, word: str, code: str, inside: list[Place], gaz: Gazetteer) -> Mention:
    """``m``, written with ``word`` ("regency", "district"), moved into country ``code``:
    its biggest namesake town there, else placed in the first division the text names."""
    old = m.place
    assert old is not None
    # "Karo District" spans its type word ("Karo district" does not: resolve)
    name = m.text[: -len(" district")] if m.text.endswith(_DISTRICT_AFTER) else m.text
    country = gaz.country(code)
    land = country.name if country else code
    towns = [c for c in gaz.lookup(name) if c.kind == "city" and c.country_code == code]
    if towns:
        town = max(towns, key=lambda c: c.population)
        why = f"'{name} {word}' is a {word} of {land}: the town of {town.name} there"
        return moved_to(m, town, why)
    place, at = _within(name, inside, gaz, code)
    why = (
        f"'{name} {word}' is a {word} of {land}, which the gazetteer lacks"
        f" (not {old.name}, {old.country_code}); placed {at}"
    )
    return moved_to(m, place, why)


def _within(name: str, inside: list[Place], gaz: Gazetteer, code: str) -> tuple[Place, str]:
    """The unit ``name`` placed in the first province the text names, else at the first
    town it names there (a district is named beside its towns), else at its country."""
    province = next((p for p in inside if p.kind in ("admin1", "admin2")), None)
    if province is None:
        town = next((p for p in inside if p.kind == "city" and p.lat is not None), None)
        if town is not None:
            return replace(placed_at(name, town, "admin2"), lat=town.lat, lon=town.lon), (
                f"near {town.name}, the first town the text names there"
            )
    within = province or gaz.country(code) or inside[0]
    place = placed_at(name, within, "admin2")
    point = towns_point(gaz, within)
    if point is not None:
        return replace(place, lat=point[0], lon=point[1]), f"among {within.name}'s towns"
    return place, f"at {within.name}"
