"""A place name read as part of something else: a weapon, ship, organisation, document or
flag-state phrase; a country's possessive before one of its parts, or before what is near;
a small town naming a group; a demonym inside a body's name; initials used as an adjective.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.name_holders import in_body_name, road_named_for
from dashboard.events.place_cues import NATIONALITY_AFTER, Span
from dashboard.events.prefilter import gated
from dashboard.events.unfound_places import kind_words
from dashboard.events.zone_names import zone_of_clock
from dashboard.model import Mention

# Text right after a name that makes it part of a weapon, class or brand, or a flag state.
IN_NAME_AFTER = re.compile(
    r"[-‐‑](?:\d|[A-Z]{1,3}\d|class|type|style|made|built|flagged|registered|owned|operated)",
    re.IGNORECASE,
)
# Text right before a name that makes it a flag state or registry, or what a ship or body is
# tied to, owned or run by, or bound for ("a container ship linked to Israel", "a tanker
# bound for Turkey"): ACLED codes an event where it happened, and an owner's or a
# destination's country is neither where a ship was taken nor a side of its own
FLAG_BEFORE = gated(
    r"\b(?:flagged|registered|flagged in|flag of|sailing under the flag of|linked to|tied to|"
    r"owned by|operated by|managed by|chartered by|bound for|headed for|heading for)\s+"
    r"(?:in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_KIND_WORDS = frozenset(
    "island islands nation state country port city town kingdom republic emirate".split()
)


def _kind_of_what_follows(text: str, m: Mention) -> bool:
    """A name read with its kind word ("Gulf state", "Caribbean island") that goes on "of" a
    place ("the Gulf state of Bahrain"): it says what kind of place the next name is."""
    words = m.text.split()
    return (
        len(words) > 1
        and words[-1].lower() in _KIND_WORDS
        and re.match(r"\s+of\s+[A-Z]", text[m.end : m.end + 8]) is not None
    )


# a country's or province's part: "Morocco's High Atlas", "Ukraine's southern Kherson region"
PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:(?:north|south|east|west)(?:ern)?|north-?\w+|"
    r"south-?\w+|central|coastal|mountainous|remote)?\s*(?:(?-i:[A-Z])[\w-]*\s+){0,2}"
    r"(?:capital|border|mountains?|range|islands?|coast(?!\s+guard)|coastline|region|province|district|"
    r"state(?!\s+(?:media|television|department|council))|county|valley|desert|highlands?|peninsula)\b",
    re.IGNORECASE,
)


def _place_possessor(text: str, m: Mention) -> bool:
    """A country or province in the possessive before one of its parts ("Morocco's High
    Atlas mountains"): where the event was, unlike "Japan's atrocities" or "Russia's army"."""
    if m.place is None or m.place.kind not in ("country", "admin1"):
        return False
    return bool(PART_AFTER.match(text, m.end)) and not NATIONALITY_AFTER.match(text, m.end + 2)


# a town's own part in the possessive: "Donetsk's western outskirts", "Odesa's port",
# "Nairobi's central business district", "Karachi's industrial zone", "Cape Town's
# townships" (a district by its use, as a city's planning names it: business, industrial,
# residential, diplomatic)
CITY_PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|"
    r"central\s+|old\s+)?"
    r"(?:(?:business|financial|commercial|industrial|residential|diplomatic|government)\s+)?"
    r"(?:outskirts|suburbs?|centre|center|districts?|neighbou?rhoods?|zones?|areas?|enclave|"
    r"quarters?|port|harbou?r|airport|outskirt|downtown|old\s+town|old\s+city|train\s+station|"
    r"railway\s+station|main\s+square|slums?|townships?|waterfront|docks)\b",
    re.IGNORECASE,
)


# a town in the possessive before a named site of its own ("at Tokyo's Haneda Airport", "in
# Quetta's Hazara Town"): the site is in the town, so the town is where the event was, as
# with an unnamed part ("Odesa's port": ``_town_part``)
NAMED_SITE_AFTER = re.compile(
    r"['’]s?\s+(?:(?:[A-Z][\w-]*|international|main|central|military|civilian|old|new)\s+){0,3}"
    r"(?:[Aa]irport|[Aa]ir\s*[Bb]ase|[Pp]ort|[Hh]arbou?r|[Ss]tation|[Ss]tadium|[Ss]quare)\b"
    # these only by a name of their own ("Moscow's camp" is a side), and not before another
    # name ("Washington's National Park Service" is an agency)
    r"|['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}(?:Town|[Hh]ospital|[Pp]rison|[Mm]osque|[Cc]hurch|"
    r"[Cc]athedral|[Hh]otel|[Mm]arket|[Bb]azaar|[Cc]amp|Bridge|Street|Road|Avenue)\b(?!\s+[A-Z])"
)


def _town_part(text: str, m: Mention) -> bool:
    """A town in the possessive before one of its own parts: where the event was."""
    return (
        m.place is not None
        and m.place.kind not in ("country", "sea")
        and bool(CITY_PART_AFTER.match(text, m.end))
    )


# an armed group named after a small town ("Fano fighters", an Amhara militia; not the
# Italian town): a town's name before the group's word names the group, not where it fought
GROUP_AFTER = re.compile(r"\s+(?:fighters|militias?|militiamen|militants|insurgents)\b")
SMALL_TOWN = 200_000  # people; a city larger than this names its own militias' base


def _group_named_after(text: str, m: Mention) -> bool:
    """A small town's name right before "fighters" or "militia": a group's name."""
    p = m.place
    return (
        p is not None
        and p.kind == "city"
        and p.population < SMALL_TOWN
        and GROUP_AFTER.match(text, m.end) is not None
    )


# a demonym between "<Name> of" and a capitalised head ("the Organization of American
# States", "the Union of South American Nations"): a word of an organisation's proper name
# (ACE 2005 names: the whole name is one ORG mention), no place the text puts anything at
_NAME_OF_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?$")
_NAME_HEAD_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)")


def demonym_in_name(text: str, start: int, end: int, name: str) -> bool:
    """Is ``text[start:end]`` a demonym, not the country's own ``name``, inside an "X of
    <demonym> Y" proper name ("the Organization of American States")?"""
    return (
        text[start:end] != name
        and _NAME_OF_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NAME_HEAD_AFTER.match(text, end) is not None
    )


# a country's initials ("U.S.", "UK", "EU") before a lower-case content word are an adjective
# ("the U.S. atomic bombing", "a UK court"), as a demonym is; before a function word
# ("arrested in the U.S. on Monday") they are the place
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z][a-z-]*)")
_FUNCTION_WORDS = frozenset(
    "on in at and or to for last this that after before since with by over from as but "
    "said says earlier later until during amid under into than because while where when "
    "which who is was are were has had have will would could".split()
)


def _initials_as_adjective(text: str, m: Mention) -> bool:
    p = m.place
    if p is None or p.kind != "country" or not _INITIALS.fullmatch(text, m.start, m.end):
        return False
    if _IN_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False  # "marched in the US capital": a venue, however it is written
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt["w"] not in _FUNCTION_WORDS


_IN_BEFORE = re.compile(r"\b(?:in|at|across|inside|near|into|throughout)\s+(?:the\s+)?$")


def _owns_what_follows(text: str, m: Mention) -> bool:
    """ "outside Georgia's parliament": the possessive names what is near, not the country
    (the generic possessive rule of ``locate`` then sets it aside); so does a country as the
    nationality of what follows ("outside the U.S. embassy": the embassy is near, in the
    city it stands in, not the United States)."""
    if m.place is not None and m.place.kind == "country" and NATIONALITY_AFTER.match(text, m.end):
        return True
    return text[m.end : m.end + 2] in ("'s", "’s") and not _place_possessor(text, m)


def _part_of_owner(text: str, owner: Mention | None, m: Mention) -> bool:
    """``m`` is a region or town owned by the country just before it ("Russia's Samara
    region", "Ukraine's Kherson"): a place inside the owner, not a thing it owns. So is a
    part the geoparser placed inside the town before it ("Kabul's Dasht-e-Barchi district",
    at Kabul's point: see ``places.told_within.part_of_possessor``)."""
    if owner is None or owner.place is None or m.place is None:
        return False
    if m.place.id.endswith(f"@{owner.place.id}"):
        return bool(re.fullmatch(r"['’]s?\s+", text[owner.end : m.start]))
    joint = text[owner.end : m.start]
    if owner.place.kind == "admin1":
        # "Khyber Pakhtunkhwa's Bannu district": a town the gazetteer puts in that province
        # (ACLED codes the most specific named location)
        inside = owner.place.admin1 is not None and m.place.admin1 == owner.place.admin1
        return inside and m.place.kind != "admin1" and bool(re.fullmatch(r"['’]s?\s+", joint))
    if owner.place.kind == "region" and owner.place.country_code is None:
        # "Kashmir's Shopian district", "Darfur's Jebel Marra area": a region across borders
        # owns no country's towns in the gazetteer, so the kind word after the name says it
        # is a place inside (place_kind_words.csv; newuser49: the dateline took the attack)
        return bool(re.fullmatch(r"['’]s?\s+", joint)) and _kind_word_after(text, m.end)
    if owner.place.kind != "country":
        return False
    code = owner.place.country_code
    return (
        code is not None
        and m.place.country_code == code
        and bool(re.fullmatch(r"['’]s?\s+", joint))
    )


def _kind_word_after(text: str, end: int) -> bool:
    """Does a place-kind word of ``place_kind_words.csv`` read after its name ("district",
    "province", "county") follow right after ``end``?"""
    word = re.match(r"\s+([a-z]+)\b", text[end : end + 24])
    return word is not None and word.group(1) in kind_words("after")


# a place naming a document ("the Paris agreement", "the Minsk accords", "the Oslo
# protocol", and a constitution named after the peace that wrote it, "the Weimar
# constitution": Merriam-Webster, a document of basic principles and laws): the text it was
# signed in, not where the event is (talks and summits, by contrast, are held where they
# are named: "the Geneva talks")
NAMES_A_TEXT = re.compile(
    r"\s+(?:climate\s+|peace\s+|nuclear\s+|grain\s+)?(?:agreements?|accords?|treaty|treaties|"
    r"protocols?|conventions?|declarations?|communiqu[eé]s?|charter|constitution|memorandum|"
    r"pact|format|"
    r"framework|deal)\b",
    re.IGNORECASE,
)


def is_named_part(text: str, m: Mention, blocked: list[Span]) -> bool:
    """The mention is part of a weapon, ship, organisation, document or flag-state phrase."""
    if any(s <= m.start and m.end <= e for s, e in blocked):
        return True
    return bool(
        IN_NAME_AFTER.match(text, m.end)
        or FLAG_BEFORE.search(text, max(0, m.start - 40), m.start)
        or NAMES_A_TEXT.match(text, m.end)
        or road_named_for(text, m)  # "the Karakoram Highway": a road, not the region
        or in_body_name(text, m)  # "the Front for the Liberation of X": an organisation
        or zone_of_clock(text, m)  # "at 9 a.m. Moscow time": the clock's zone, no place
    )


# a named quarter after a town's possessive ("in Beirut's Haret Hreik district": fix79b)
_QUARTER_AFTER = re.compile(
    r"['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}(?:[Dd]istrict|[Nn]eighbou?rhood|[Qq]uarter)\b"
)


def named_quarter(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """A town in the possessive before a named quarter of its own that the gazetteer does
    not hold: the town is where the act was; a quarter it holds ("Kabul's Qala-e-Barchi
    district") is the finer place, and the town stays its owner."""
    q = _QUARTER_AFTER.match(text, m.end)
    if m.place is None or m.place.kind in ("country", "sea") or q is None:
        return False
    return not any(o is not m and o.place and m.end <= o.start < q.end() for o in mentions)
