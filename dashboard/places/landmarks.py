"""Streets, buildings and bases named with their town: "Baker Street in Leeds", "Frederick
Memorial Hospital", "Ramstein Air Base". The gazetteer has no such features, but the town
tells where they are to within a few kilometres, which is what the map needs: each becomes a
mention of kind ``landmark`` at its town's point, geo precision 1, with a reason.

Two forms, both needing the town resolved in the same text:
- the landmark, then "in", "at", "near" or a comma, then the town ("X Street in Y");
- a landmark whose own name opens with the town ("Frederick Memorial Hospital"): it replaces
  the town's mention, which it contains.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from dashboard.model import Mention, Place
from dashboard.places.kind_names import names_a_kind
from dashboard.places.runs import where_any

# The word that says what was built; found first (a plain alternation is fast), then the
# one to four capitalised words (or initials) before it that name it.
_TYPE = re.compile(  # no leading space: a pattern that opens with a capital is found fast
    r"(?P<type>Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Hospital"
    r"|Medical Center|Medical Centre|Stadium|Arena|Air Force Base|Air Base|Naval Base"
    r"|Army Base|Base|Bridge|Mall|Square|Prison|Courthouse|Cathedral|Mosque"
    # an airport is a place of its own, by its town (ICAO Doc 7910 names airports so);
    # a university or college is not (``institutions``)
    r"|International Airport|Airport"
    # news writes these lower case after the name ("Lido beach in Mogadishu", "Bakara market",
    # "Zamzam camp near El Fasher"); "Lido" alone is a town in Italy (newuser23)
    r"|Beach|beach|Market|market|Camp|camp)(?![\w])"
)


def _literal_types(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``_TYPE``'s words as plain strings, or None once it holds more than literal words."""
    body = pattern.pattern.removeprefix("(?P<type>").removesuffix(r")(?![\w])")
    words = tuple(w.replace(r"\.", ".") for w in body.split("|"))
    return words if all(re.fullmatch(r"[A-Za-z][A-Za-z .]*", w) for w in words) else None


# A text holding none of them has no landmark: a fast C pass (runs.where_any) spares most
# texts the regex, which costs a tenth of a geoparse, and gives the others the places where
# it may match.
_TYPE_WORDS = _literal_types(_TYPE)
_NAME_BEFORE = re.compile(r"(?<![\w.])(?:(?:[A-Z][\w'’-]*\.?|of|the) ){0,3}[A-Z][\w'’-]*\.?$")
_TOWN_AFTER = re.compile(r"(?:,| in| at| near| outside) (?:the )?$")


def landmarks(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the landmarks of ``text`` added (in text order); a town mention
    inside a landmark's name gives way to the landmark."""
    # every landmark needs a town the text names: opening its name (within the 61 characters
    # before the type word) or after it (2 to 12 characters on); most type words have none,
    # and are spared the name regex
    # the C test first: it spares most texts the walk over their mentions
    spots = where_any(text, _TYPE_WORDS) if _TYPE_WORDS is not None else None
    if spots == []:
        return mentions
    towns = {m.start: m for m in mentions if _is_town(m)}
    if not towns:
        return mentions
    starts = sorted(towns)
    found: list[Mention] = []
    refused: list[tuple[int, int]] = []  # landmarks whose opening town is abroad (below)
    for kind in _type_words(text, spots):
        at, after = kind.start(), kind.end() + 2
        if text[at - 1 : at] != " ":
            continue
        i, j = bisect_left(starts, at - 61), bisect_left(starts, after)
        if not (
            (i < len(starts) and starts[i] < at) or (j < len(starts) and starts[j] <= after + 10)
        ):
            continue
        named = _NAME_BEFORE.search(text, max(0, kind.start() - 61), kind.start() - 1)
        if named is None:
            continue
        start, end = _name_start(text, named.start(), kind.start()), kind.end()
        if start >= kind.start():
            continue
        if kind.group("type").islower() and names_a_kind(text, start, text[start : kind.start()]):
            continue  # "a Christmas market" names a kind of market, not one (kind_names)
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        # the town told after it ("Lido beach in Mogadishu") says where it is; a town its name
        # opens with ("Frederick Memorial Hospital") only when none is told
        town = _town_after(text, end, towns)
        if town is None:
            town = next((m for m in inside if _is_town(m) and m.start == start), None)
            if town is not None and _foreign_opener(town, mentions, start, end):
                refused.append((start, end))
                continue
        if town is None or town.place is None:
            continue
        found.append(_landmark_mention(text[start:end], start, end, kind.group("type"), town))
    if not found and not refused:
        return mentions
    covered = [(f.start, f.end) for f in found] + refused
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in covered)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _type_words(text: str, spots: list[int] | None) -> Iterator[re.Match[str]]:
    """``_TYPE.finditer(text)``, the regex tried only at ``spots`` (where one of its words
    begins, ``runs.where_any``): every match opens with one of those literal words, so the
    others cannot start one. None: everywhere."""
    if spots is None:
        yield from _TYPE.finditer(text)
        return
    end = 0
    for at in spots:
        if at < end:
            continue  # inside the last match, as finditer goes on after it
        kind = _TYPE.match(text, at)
        if kind is not None:
            end = kind.end()
            yield kind


# a word of two letters or more and its full stop: a sentence ends there ("... in
# Hamilton. Shady Grove Adventist Hospital"); "St.", "Mt.", "Dr." open a name instead
_SENTENCE_STOP = re.compile(r"\b(?!(?:St|Mt|Ft|Dr|Mr|Mrs|Ms)\.)[A-Za-z][a-z]+\. ")
_LEADING_LOWER = re.compile(r"(?:(?:of|the) )+")


def _name_start(text: str, start: int, type_start: int) -> int:
    """Where the landmark's name opens: after the last sentence end before its type word,
    and past a leading "of" or "the" ("the Royal Alexandra Hospital" is named "Royal
    Alexandra Hospital")."""
    for stop in _SENTENCE_STOP.finditer(text, start, type_start):
        start = stop.end()
    lead = _LEADING_LOWER.match(text, start, type_start)
    return lead.end() if lead else start


def _is_town(m: Mention) -> bool:
    return m.place is not None and m.place.kind == "city" and m.place.lat is not None


def _foreign_opener(town: Mention, mentions: list[Mention], start: int, end: int) -> bool:
    """True when the town a landmark's name opens with lies in a country none of the text's
    other placed names is in, while they name at least one ("MOGADISHU — ... at Lido beach":
    the beach is Mogadishu's, not the Venice Lido's). The name then says only what kind of
    place it is, not which town: neither the landmark nor that town is read, as an unplaced
    name beats a confident wrong one (newuser97; session 88)."""
    assert town.place is not None
    home = town.place.country_code
    others = {
        m.place.country_code
        for m in mentions
        if m.place is not None and m.place.country_code and not (start <= m.start < end)
    }
    return bool(others) and home not in others


def _town_after(text: str, end: int, towns: dict[int, Mention]) -> Mention | None:
    """The town mention that follows ``end`` after "in", "at", "near" or a comma."""
    for gap in range(2, 13):
        m = towns.get(end + gap)
        if m is not None:
            return m if _TOWN_AFTER.search(text[end : end + gap]) else None
    return None


def _landmark_mention(name: str, start: int, end: int, kind: str, town: Mention) -> Mention:
    assert town.place is not None
    t = town.place
    place = Place(
        id=f"lm:{_slug(name)}@{t.id}",
        name=name,
        kind="landmark",
        lat=t.lat,
        lon=t.lon,
        country_code=t.country_code,
        geo_precision=1,
        admin1=t.admin1,
    )
    word = kind.rstrip(".").lower()
    why = f"{'an' if word[0] in 'aeiou' else 'a'} {word} named with its town: placed at {t.name}"
    return Mention(start, end, name, place, town.score, why, town.candidates)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
