"""Places the text puts inside another place it names, over a namesake elsewhere.

A small town the gazetteer lacks often shares its name, or a spelling near it, with a town
abroad ("Boni" is one of Bonn's alternate names; Baga is a town in Spain and in India, not
in Nigeria). When the text itself says which country or city holds the place, a namesake in
another country is a confident wrong place. ACLED places an event at the named location or,
failing that, at the smallest unit the text gives, so such a name is placed at that unit:

- "the Nigerian town of Baga": a demonym before "<kind> of X" names X's country
  (``by_demonym_kind``);
- "Kabul's Dasht-e-Barchi district": a district named in the possessive of a city is
  inside that city (``part_of_possessor``).

And a capital named by its country's adjective ("the Kenyan capital") is that country's
capital city (``capitals_by_demonym``).

``_outside_division`` of ``placing.py`` does the same for "X, Country". Each function takes and
returns the resolver's mentions in text order, a new list only when one changes.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.capitals import capital_names
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.runs import Demonym

# "Nigerian town of", "Malian border town of", "Somali port city of": a demonym's kind word
_KIND_OF = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:town|towns|city|village|villages|port|hamlet|settlement|district|"
    r"province|region|state|county|commune|municipality|island|oasis)\s+of\s+$"
)
_KIND_REACH = 40  # characters from the demonym's end to the name
# the kind words that make it a settlement: placed at its country's point, it is still a town
_SETTLEMENT = re.compile(
    r"\b(?:town|towns|city|village|villages|port|hamlet|settlement|oasis)\s+of\s+$"
)


def by_demonym_kind(
    text: str, mentions: list[Mention], demonyms: list[Demonym], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each name written "the <demonym> <kind> of X" ("the Nigerian town of
    Baga") held to the demonym's country: X's candidate there when it has one, else X placed
    at the country's point (geo precision 3) instead of a namesake abroad (Bagà, Spain).
    A name already in that country, or with no demonym before it, is left alone."""
    if not demonyms:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        code = demonym_before(text, m.start, demonyms)
        if code is None or (m.place is not None and m.place.country_code == code):
            continue
        if m.place is not None and m.place.kind == "country":
            continue  # "the African nation of Mali": the country itself
        own = _candidate_in(m, code, gaz)
        country = gaz.country(code)
        if own is None and (country is None or country.lat is None):
            continue
        if own is None and m.place is not None and not outside_box(m.place, country, gaz):
            continue  # "the Moroccan city of Laayoune" (EH): a town at the border stays
        kind = (
            "city" if _SETTLEMENT.search(text, max(0, m.start - _KIND_REACH), m.start) else "region"
        )
        place = own or placed_at(m.text, country, kind)  # type: ignore[arg-type]
        was = f"not {m.place.name}, {m.place.country_code}" if m.place else "no place of its own"
        why = f"the text calls it a {code} place ('{text[m.start - 30 : m.start].strip()}'): {was}"
        out = placed_instead(out, mentions, k, place, why)
    return out


def demonym_before(text: str, start: int, demonyms: Sequence[Demonym]) -> str | None:
    """ISO2 of the demonym that ends a "<demonym> <kind> of " phrase right before ``start``."""
    for _, e, code in demonyms:
        if e < start <= e + _KIND_REACH and _KIND_OF.fullmatch(text, e, start):
            return code
    return None


def _candidate_in(m: Mention, code: str, gaz: Gazetteer) -> Place | None:
    """The best-scored of ``m``'s candidates that lies in ``code``, if any."""
    for pid, _ in m.candidates:
        p = gaz.places.get(pid)
        if p is not None and p.country_code == code and p.lat is not None:
            return p
    return None


# "Kabul's Dasht-e-Barchi district", "Mogadishu's Hodan district": a named part of a place in
# its possessive; the name's words are capitalised, joined by spaces or hyphens
_PART_OF = re.compile(
    r"['’]s\s+(?P<name>(?-i:[A-Z])[\w’']*(?:[-‐ ](?:[a-z]{1,3}[-‐])?(?-i:[A-Z])[\w’']*){0,3})"
    r"\s+(?:district|neighbou?rhood|suburb|quarter|township|area|borough|ward)\b",
    re.IGNORECASE,
)
# quarters that many cities have, named without a type word: "Honiara's Chinatown" is in
# Honiara, whatever town GeoNames lists under that name
_GENERIC_PART = re.compile(
    r"['’]s\s+(?P<name>Chinatown|Koreatown|Japantown|Greektown|Little Italy|Old Town"
    r"|Old City)\b"
)
_OWNER_KINDS = frozenset({"city", "admin2", "admin1", "country"})


def part_of_possessor(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name inside "<Place>'s <Name> district" placed at that place when
    it resolved to somewhere else ("Kabul's Dasht-e-Barchi district" is in Kabul, not at
    Barchi, Italy): the whole name, at the owner's point, geo precision 2 under a town (3
    under a state or country). A district the gazetteer places in the owner stays."""
    out = mentions
    for k, owner in enumerate(mentions[:-1]):
        q = owner.place
        if q is None or q.kind not in _OWNER_KINDS or q.lat is None:
            continue
        part = _PART_OF.match(text, owner.end) or _GENERIC_PART.match(text, owner.end)
        if part is None:
            continue
        s, e = part.span("name")
        for j in range(k + 1, len(mentions)):
            m = mentions[j]
            if m.start >= e:
                break
            if m.start < s or (m.place is not None and m.place.country_code == q.country_code):
                continue
            place = placed_at(text[s:e], q)
            was = f"not {m.place.name}, {m.place.country_code}" if m.place else "unplaced"
            why = f"'{text[owner.start : part.end()]}' puts it in {q.name} ({was})"
            out = placed_instead(out, mentions, j, place, why)
            out[j] = replace(out[j], start=s, end=e, text=text[s:e])
    return out


BOX_MARGIN = 1.0  # degrees around a country's box where its own towns may lie
PART_MARGIN = 0.1  # degrees around each part's box, for a country known by its parts


def outside_box(town: Place, country: Place | None, gaz: Gazetteer | None = None) -> bool:
    """Whether ``town`` lies well outside ``country``'s bounding box (by ``BOX_MARGIN``): a
    namesake abroad, not a town at its border or in a territory its code leaves out (Hong
    Kong beside China, Laayoune in Western Sahara beside Morocco). A country the packaged
    shapes lack (Palestine) has no box of its own; with ``gaz`` it is read from the boxes of
    the curated regions of its code (the West Bank, the Gaza Strip), each with a narrow
    margin (``PART_MARGIN``): its parts are small, and a degree round them would hold half of
    Israel and Jordan. False with no box at all."""
    if country is None or town.lat is None or town.lon is None:
        return False
    boxes: tuple[tuple[float, float, float, float], ...]
    if country.bbox is not None:
        boxes, pad = (country.bbox,), BOX_MARGIN
    elif gaz is not None and country.country_code:
        boxes, pad = _part_boxes(gaz, country.country_code), PART_MARGIN
    else:
        return False
    if not boxes:
        return False
    return not any(
        w - pad <= town.lon <= e + pad and s - pad <= town.lat <= n + pad for w, s, e, n in boxes
    )


_PARTS: dict[tuple[int, str], tuple[tuple[float, float, float, float], ...]] = {}


def _part_boxes(gaz: Gazetteer, code: str) -> tuple[tuple[float, float, float, float], ...]:
    """The boxes of the curated regions (``rg:`` rows) of country ``code``, built once per
    gazetteer and code: only a country without a box of its own asks."""
    key = (id(gaz), code)
    found = _PARTS.get(key)
    if found is None:
        found = _PARTS[key] = tuple(
            p.bbox
            for pid in gaz.places
            if pid.startswith("rg:")
            and (p := gaz.get(pid)) is not None
            and p.kind == "region"
            and p.country_code == code
            and p.bbox is not None
        )
    return found


def placed_at(name: str, within: Place, kind: str = "region") -> Place:
    """A place the gazetteer lacks, at the town, county, state or country the text puts it
    in: geo precision 2 ("near a town, part of a region") under a town or county, 3 under a
    state or a country. ``kind`` is "city" where the text calls it a settlement ("the town
    of X"): the point is the container's, the kind what the text says it is."""
    return Place(
        id=f"ul:{slug(name)}@{within.id}",
        name=name,
        kind=kind,
        lat=within.lat,
        lon=within.lon,
        country_code=within.country_code,
        geo_precision=3 if within.kind in ("admin1", "country") else 2,
        admin1=within.admin1,
    )


def placed_instead(
    out: list[Mention], mentions: list[Mention], k: int, place: Place, why: str
) -> list[Mention]:
    """``out`` (a copy of ``mentions`` once anything changes) with mention ``k`` placed at
    ``place`` for the reason ``why``, the place first among its candidates."""
    if out is mentions:
        out = list(mentions)
    m = mentions[k]
    candidates = ((place.id, 0.0), *m.candidates)
    out[k] = replace(m, place=place, score=0.0, reason=why, candidates=candidates)
    return out


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


# "the Kenyan capital", "the Malian capital, Bamako": one city, the country's capital
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:city\s+)?of\b)")


def capitals_by_demonym(
    text: str, demonyms: list[Demonym], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """New mentions for "the <demonym> capital" ("the Kenyan capital": Nairobi), spanning the
    demonym and "capital", each at the country's capital as GeoNames' country table names
    it (its PPLC), found among the gazetteer's towns of that country. A phrase a mention
    already covers, or "the Kenyan capital of ..." (a capital of something else), adds none.
    "Riots in the Kenyan capital." with the demonym (13, 19, "KE") gives one mention,
    ``Mention(13, 27, "Kenyan capital", <Nairobi, KE>, ...)``."""
    found = []
    for s, e, code in demonyms:
        after = _CAPITAL_AFTER.match(text, e)
        if after is None or not _THE_BEFORE.search(text, max(0, s - 6), s):
            continue
        if any(m.start < after.end() and s < m.end for m in mentions):
            continue
        city = _capital_city(code, gaz)
        if city is not None:
            why = f"'the {text[s : after.end()]}': {city.name}, the capital of {code} (GeoNames)"
            found.append(
                Mention(s, after.end(), text[s : after.end()], city, 1.0, why, ((city.id, 1.0),))
            )
    return found


# "Haiti's capital", not "Tonga's capital Nuku'alofa" (the name follows) nor "capital of"
_POSSESSIVE_CAPITAL = re.compile(r"['’]s\s+capital\b(?!\s+(?:city\s+)?of\b)(?!\s*,?\s*[A-Z])")


def capitals_by_possessive(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """New mentions for "<country>'s capital" with no name after it ("landed in Haiti's
    capital": Port-au-Prince), each spanning the word "capital" at the country's capital as
    GeoNames' country table names it, or a US state's ("Georgia's capital" where Georgia is
    the state: Atlanta, from ``us_state_capitals.csv``); the country's own mention stays.
    "Riots in Haiti's capital." gives ``Mention(17, 24, "capital", <Port-au-Prince, HT>, ...)``."""
    found = []
    for m in mentions:
        p = m.place
        if p is None or not p.country_code:
            continue
        if p.kind != "country" and not (p.kind == "admin1" and p.admin1 in _state_capitals()):
            continue
        after = _POSSESSIVE_CAPITAL.match(text, m.end)
        if after is None:
            continue
        s = after.end() - len("capital")
        if any(x.start < after.end() and s < x.end for x in mentions):
            continue
        if p.kind == "country":
            city, source = _capital_city(p.country_code, gaz), "GeoNames"
        else:  # "Georgia's capital" where Georgia is the US state: Atlanta
            city, source = _state_capital(p, gaz), "us_state_capitals.csv"
        if city is not None:
            why = f"'{text[m.start : after.end()]}': {city.name}, its capital ({source})"
            found.append(Mention(s, after.end(), "capital", city, 1.0, why, ((city.id, 1.0),)))
    return found


_THE_CAPITAL = re.compile(r"\b[Tt]he\s+capital\b(?!\s+(?:city\s+)?of\b)(?!['’]s\s+\w+\s+of\b)")


def capital_at_dateline(
    text: str, mentions: list[Mention], dateline: Mention | None, gaz: Gazetteer
) -> list[Mention]:
    """New mentions for a bare "the capital" in a story filed from its country's capital
    ("COLOMBO — … stormed the president's residence in the capital": Colombo), each at the
    dateline's city; none when the dateline city is not its country's capital (GeoNames'
    country table), so a story filed elsewhere never guesses which capital is meant."""
    place = dateline.place if dateline else None
    if place is None or place.kind != "city" or not place.country_code:
        return []
    capital = _capital_city(place.country_code, gaz)
    if capital is None or capital.id != place.id:
        return []
    found = []
    for m in _THE_CAPITAL.finditer(text, dateline.end if dateline else 0):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        why = f"'{m.group()}' in a story filed from the capital: {place.name} (the dateline)"
        found.append(Mention(m.start(), m.end(), m.group(), place, 1.0, why, ((place.id, 1.0),)))
    return found


def _capital_city(code: str, gaz: Gazetteer) -> Place | None:
    """The most populous town of ``code`` named as GeoNames names its capital."""
    name = capital_names().get(code)
    if not name:
        return None
    towns = [p for p in gaz.lookup(name) if p.kind == "city" and p.country_code == code]
    return max(towns, key=lambda p: p.population, default=None)


def _state_capital(state: Place, gaz: Gazetteer) -> Place | None:
    """The town of ``state`` (a US state) that ``data/gazetteer/us_state_capitals.csv`` names
    its capital."""
    name = _state_capitals().get(state.admin1 or "")
    towns = [p for p in gaz.lookup(name or "") if p.kind == "city" and p.admin1 == state.admin1]
    return max(towns, key=lambda p: p.population, default=None)


@lru_cache(maxsize=1)
def _state_capitals() -> dict[str, str]:
    """ISO 3166-2 code of a US state -> its capital's name (``us_state_capitals.csv``)."""
    path = data_dir() / "gazetteer" / "us_state_capitals.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["state"]: row["capital"] for row in csv.DictReader(fh)}
