"""Sides a list, a place or a modifier hides: the first of a listed subject ("Australia,
Japan and the Philippines held drills"), a country set after a city ("in Santiago, Chile":
the city's container, no target), the owner of sites struck ("struck Hezbollah targets"),
and the body whose experts report an act ("UN experts said its troops fought": no doer).
Read by ``source_target.roles`` and ``source_candidates``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class
from dashboard.events.office_joint import office_joined
from dashboard.events.unfound_places import kind_words

# two parties joined in one subject: "Malian troops and Russian", "Ethiopia's federal
# government and the TPLF" (a state named by its government is the state, CAMEO 1.1b3 GOV)
AND_JOINT = re.compile(
    r"(?:(?:['’]s)?\s+(?:(?:federal|central|national|transitional|military)\s+)?"
    r"(?:government|authorities|administration))?\s+and\s+(?:the\s+)?"
    # "Donald Trump and Russian President Vladimir Putin": a title before the second name
    # (Chicago Manual of Style 8.21, titles capitalised before a name)
    # or two words of a nation before a lower-case title ("North Korean leader Kim Jong Un")
    r"(?:(?:[A-Z][a-z]+\s+){1,2}(?:leader|president|prime\s+minister|premier|ruler)\s+|"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|"
    r"Emperor|Crown\s+Prince|Prince|Sheikh|Emir|Sultan|Pope|Foreign\s+Minister|Defense\s+"
    r"Minister|Defence\s+Minister|Secretary\s+of\s+State|Secretary-General|Secretary\s+"
    r"General|Vice\s+President|General|Gen\.|Leader|Supreme\s+Leader)\s+)?"
)
# the joints of a list of names: the serial comma before "and", and the comma between
_SERIAL = re.compile(r",\s+and\s+(?:the\s+)?")
_LISTED = re.compile(r",\s+(?:the\s+)?")


def first_listed(text: str, before: list[Actor], source: Actor | None) -> Actor | None:
    """The first name of the joint or listed subject ``source`` ends ("The United States
    and the European Union urged": the United States), or ``source`` itself; ``before``:
    the candidates before the trigger. CAMEO 1.1b3 dyadic coding and GDELT's Actor1 take
    the first named. "And" joins always; a comma only inside a list closed by "and", with a
    serial comma or not ("Australia, Japan(,) and the Philippines": Quirk et al. 1985,
    13.62), since a bare comma may open an apposition ("the IAEA's head, Rafael Grossi")."""
    # a list closed after the source by "and" and a name no actor ("Hamas, Islamic Jihad
    # and the PFLP fired"): the source already stands inside a list
    listed = source is not None and _CLOSED_AFTER.match(text, source.end) is not None
    while source is not None:
        end = source.start
        first = next((a for a in before if AND_JOINT.fullmatch(text, a.end, end)), None)
        # "Colombia's President X and the commander of the ELN, Y, signed": the first named
        first = first or next(
            (a for a in before if office_joined(text, a.end, end, source.end)), None
        )
        first = first or next(
            (
                a
                for a in before
                if (not listed and _SERIAL.fullmatch(text, a.end, end))
                or (listed and _LISTED.fullmatch(text, a.end, end))
            ),
            None,
        )
        if first is None:
            return source
        listed, source = True, first
    return source


# the last member of a list closed by "and", then the lower-case verb
_CLOSED_AFTER = re.compile(
    r",?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[a-z]"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def owned_site(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a noun of the ``OWNED_SITE`` class
    ("Hezbollah targets", "Hamas positions", "army facilities"): the name is the sites'
    owner, the party force against them is done to."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    lemma = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return lemma in word_class("OWNED_SITE") or word in word_class("OWNED_SITE")


# a place's name: capitalised words, with the lower-case particles of place names between
# them ("Dar es Salaam", "Ciudad del Este")
_PLACE_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:es|de|del|el|la|al|da|do|dos|du)\s+)?[A-Z][\w'’.-]*){0,3}"


@cache
def _apposed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after a locative, after "and"): a place's name, maybe with "the", one lower-case
    modifier before it ("northeastern") and a lower-case division word after it ("Borno
    state", "Balochistan province": ``place_kind_words.csv`` rows read after a name, and the
    ``division`` rows), then the comma before its country."""
    kinds = sorted(kind_words("after") | kind_words("division"), key=len, reverse=True)
    name = rf"(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?{_PLACE_NAME}(?:\s+(?:{'|'.join(kinds)}))?"
    return (
        re.compile(rf"\b(?:in|at|near|outside|inside|around|off)\s+{name},\s+$"),
        # the same after "and": the second "City, Country" pair of a list of places
        re.compile(rf",?\s+and\s+{name},\s+$"),
    )


def apposed_country(text: str, start: int, lo: int, after_place: bool) -> bool:
    """Whether the country at ``start`` is set after a comma beside a place a locative tells
    ("kidnapped ten migrants in Santiago, Chile"), or, ``after_place`` (a name before it was
    read as a place), beside the next place of a list ("in Nairobi, Kenya, and Dar es
    Salaam, Tanzania"): the "City, Country" form names where the city lies (AP Stylebook,
    "datelines": the country follows the city, set off by a comma), so it is the place's
    container, never the party the act was done to. ``lo``: where the search may begin."""
    begin = max(lo, start - 60)
    apposed, apposed_and = _apposed()
    return apposed.search(text, begin, start) is not None or (
        after_place and apposed_and.search(text, begin, start) is not None
    )


# the comma closing a "City, Country," pair told before the act ("Clashes in Khartoum,
# Sudan, killed dozens"); without it the name may open the main clause after a fronted
# adverbial ("In Geneva, Russia agreed", "In Nairobi, Kenya's president said")
_CLOSING_COMMA = re.compile(r",\s")


def container_before(text: str, a: Actor, lo: int, trigger_start: int, actors: list[Actor]) -> bool:
    """Whether the country ``a``, before the trigger at ``trigger_start``, is set between
    commas after a place a locative tells ("Fighting in Goma, Congo, killed 20 people"):
    the place's container (``apposed_country``), so no side of the act, its subject
    included; not when the name before the comma is a country of ``actors`` itself ("in
    Vietnam, Indonesia, Laos and Cambodia": a list of countries, Quirk et al. 1985 §13.62).
    ``lo``: where the search may begin (the clause's start)."""
    listed = any(
        b.kind == "country" and b.end < a.start and _LISTED.fullmatch(text, b.end, a.start)
        for b in actors
    )
    return (
        a.kind == "country"
        and a.end <= trigger_start
        and not listed
        and _CLOSING_COMMA.match(text, a.end) is not None
        and apposed_country(text, a.start, lo, False)
    )


_HEAD_WORD = re.compile(r"\s+([a-z]+?)(?:s)?\s+(?:said|say|says|told|reported|found|concluded)\b")


def assessor_speaker(text: str, a: Actor, trigger_start: int) -> bool:
    """Whether ``a`` modifies a speaker noun of the ``ASSESSOR`` class ("UN experts said",
    "EU monitors reported") before the trigger: those who examine others' acts report them,
    so their body is never the doer (ACE 2005: the reporting event is an event of its own)."""
    m = _HEAD_WORD.match(text, a.end)
    return m is not None and m.end() <= trigger_start and m.group(1) in word_class("ASSESSOR")


# a speaker and its reported clause opening on a craft's noun phrase ("Algeria said the drone
# had violated its airspace"): its verb, the clause's determiner and head noun (classes.csv
# CRAFT and VESSEL), and the verb of that clause right after
@cache
def _thing_reported() -> re.Pattern[str]:
    crafts = "|".join(sorted(word_class("CRAFT") | word_class("VESSEL"), key=len, reverse=True))
    return re.compile(
        r"\s+(?:said|says|reported|claimed|stated|announced)(?:\s+on\s+\w+day)?(?:\s+that)?"
        rf"\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{crafts})s?\s+"
        r"(?:had|has|have|was|were)?\s*[a-z]+ed\b"
    )


def speaker_of_thing(text: str, a: Actor, trigger_start: int) -> bool:
    """Whether ``a`` only reports what an unowned craft did ("Algeria said the drone had
    violated its airspace"): the craft's side did it, the speaker tells of it (ACE 2005: the
    reporting event is an event of its own), so the speaker is no fallback source either.
    A craft with its side ("a Malian drone", "its drones") names that side before the
    trigger, which stays the source; a pronoun subject ("said it had") takes the speaker up."""
    m = _thing_reported().match(text, a.end)
    return m is not None and m.start("noun") < trigger_start


def reports_only(text: str, a: Actor, trigger_start: int) -> bool:
    """``a`` is an assessor that reports (``assessor_speaker``: "UN experts said") or a
    speaker telling of a craft's act (``speaker_of_thing``): no fallback source."""
    return assessor_speaker(text, a, trigger_start) or speaker_of_thing(text, a, trigger_start)
