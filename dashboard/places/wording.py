"""What the words around a name say to the resolver.

Division type words ("Kharkiv Oblast", "Province of Ontario"), the gaps between two names
("X, Y", "X region of Y", list joiners), "from" after a plural noun, the metonym verbs after
a capital, and the one-sense-per-text cues that call a name a place or a town.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.cues import said_cue
from dashboard.places.part_names import opens_longer_name
from dashboard.places.recognise import Match
from dashboard.places.town_use import north_american_use, town_use

# Division type words after a name ("Kharkiv Oblast", "Aichi-ken", "New York State") or
# before it ("Province of Ontario"). Capitalised only: "the state" in running text is not one.
_TYPE_WORDS = (
    "Oblast",
    "Province",
    "Prefecture",
    "Governorate",
    "Region",
    "District",
    "State",
    "County",
    "Krai",
    "Kray",
    "Voivodeship",
    "Canton",
    "Municipality",
    "Territory",
)
# lowercase, only the words that name a first-level division: "Donetsk oblast", "Washington
# state", "the Kherson region" (never "district" or "county": "Tokyo district court" is a court)
_TYPE_WORDS_LOWER = (
    "oblast",
    "province",
    "prefecture",
    "governorate",
    "region",
    "state",
    "krai",
    "voivodeship",
    "territory",  # second-level in the DR Congo ("Beni territory"; name_rules._second_level)
)
# what "district" before it names an office or body, not the division ("district court")
_DISTRICT_OFFICE = re.compile(
    r" (?:court|attorney|judge|prosecutor|school|heating|line)s?\b", re.IGNORECASE
)
_TYPE_AFTER = re.compile(
    rf"(?:[ ](?P<type>{'|'.join(_TYPE_WORDS)})\b|-(?P<type2>ken|do|shi)\b"
    rf"|[ ](?P<type3>{'|'.join(_TYPE_WORDS_LOWER)})(?![\w-])"
    # "the Kupiansk district": a second-level division named after its chief town (a raion,
    # tehsil or district; GeoNames ADM2), unless an office or court of the town follows
    # ("the Tokyo district court" is a court in Tokyo; name_rules._second_level)
    rf"|[ ](?P<type5>district)(?![\w-]))"
)
# their first letters: most names are followed by none, and then no regex runs
_TYPE_INITIALS = frozenset(w[0] for w in (*_TYPE_WORDS, *_TYPE_WORDS_LOWER, "district"))
_TYPE_BEFORE = re.compile(
    r"\b(?P<type>Province|State|Prefecture|Governorate|Region) of (?P<type2>)$"
    # lowercase after "the": "the state of Victoria", "the province of Ontario", and "the
    # city of Nara", which asks for the town where a division shares its name; a settlement
    # word may follow a compass adjective and a demonym ("the southern Lebanese town of
    # Nabatieh"): GeoNames' feature class P, a populated place, whatever words describe it
    # and any one or two adjectives ("the southern region of Puno", "the coastal town of
    # Budva", "the small mountain village of X")
    # and the plural of a division's word before a list ("the provinces of Izmir and Manisa");
    # "the district of X" is the second-level division as "the X district" is
    # (name_rules._second_level), lowercase only: "the District of Columbia" is no such unit
    # and a compass adjective and a country's adjective before a division's word ("the
    # eastern Spanish province of Valencia"): the adjective names the division's country
    r"|\b[Tt]he (?:[a-z-]+ ){0,2}(?:[A-Z][a-z]+ )?(?P<type3>provinces?|states?|prefectures?"
    r"|governorates?|regions?|district|city|town) of $"
    r"|\b[Tt]he (?:[a-z-]+ ){0,2}(?:[A-Z][a-z]+ )?(?P<type4>city|town|village) of $"
)
# the longest lead _TYPE_BEFORE reads: "the northwestern Afghan " and a settlement word
_TYPE_BEFORE_REACH = 48
# the country's adjective in a type phrase before a name ("the eastern Spanish province of ")
_TYPE_OWNER = re.compile(r"\b([A-Z][a-z]+) [a-z]+s? of $")
# Type words that name a first-level division after its chief town ("Kharkiv Oblast").
_DIVISION_OF_TOWN = frozenset(
    "oblast province prefecture governorate region krai kray voivodeship ken do".split()
)


# Words before a name that take a point from it ("fighting near X", "40 km north of X",
# "on the outskirts of X"): ACLED places such an event at the town it is told from (geo
# precision 2, ACLED Codebook 2023, "geo-precision"), so a name that is both a first-level
# division and the town it is named after is the town here
_POINT_BEFORE = re.compile(
    r"(?<![\w-])(?:near|outside|outskirts of"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest) of) $"
)
_POINT_REACH = 16  # "northwest of " and one character before it


def point_cue(text: str, start: int) -> str | None:
    """The words that take a point from a town right before ``start`` ("near", "outside",
    "outskirts of", "south of"; see ``_POINT_BEFORE``), or None."""
    if not text.endswith((" ", "\n"), 0, start):
        return None
    found = _POINT_BEFORE.search(text, max(0, start - _POINT_REACH), start)
    return found.group(0).strip() if found else None


def _definite(text: str, start: int) -> bool:
    """Whether "the" stands right before the name at ``start`` ("in the Gulf")."""
    return text[max(0, start - 4) : start] in ("the ", "The ")


# words ending in "s" before "from" that are no plural noun of people or goods
_NOT_PLURALS = frozenset({"was", "has", "is", "this", "its", "his", "as", "across", "yes", "us"})


def _origin(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a plural noun and "from" ("envoys from Iran",
    "delegations from the United States", "imports from China"): where people or goods come
    from. "withdrew from Syria" and "in Syria" are not (no plural noun)."""
    if text[max(0, start - 5) : start] == "from ":
        at = start - 5
    elif text[max(0, start - 9) : start] == "from the ":
        at = start - 9
    else:
        return False
    if text[at - 2 : at] != "s ":
        return False
    word = text[max(0, at - 16) : at - 1].rpartition(" ")[2]
    # lowercase past its first letter: "Envoys" may open the sentence
    return len(word) > 3 and word[1:].islower() and word.lower() not in _NOT_PLURALS


@lru_cache(maxsize=1)
def _metonym_verbs() -> frozenset[str]:
    """The verbs of ``data/gazetteer/metonym_verbs.csv`` (see ``_capital_speaking``)."""
    path = data_dir() / "gazetteer" / "metonym_verbs.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["verb"] for row in csv.DictReader(fh))


_VERB_INITIALS = frozenset(v[0] for v in _metonym_verbs())


def _verb_after(text: str, end: int) -> bool:
    """Whether one of the metonym verbs is the word after the space at ``end``."""
    word = text[end + 1 : end + 14].split(" ", 1)[0].rstrip(".,;:")
    return word in _metonym_verbs()


def _container_gap(text: str, start: int, end: int) -> bool:
    """What stands between X and Y (``text[start:end]``) in "X, Y" ("Paris, Texas") or
    "X of Y" ("the North West of England"): Y's candidates may contain X."""
    # no slice of the gap until it is known to be short: most gaps are whole sentences
    if end - start == 4 and text.startswith(" of ", start):
        return True
    # "X located in Y" says outright what "X, Y" says; a bare "X in Y" does not ("officials
    # from Washington in Georgia" came from the capital)
    if text.startswith((" located in ", ", located in "), start) and end - start <= 13:
        return True
    # as gap.strip() == ","; the regex only where the gap opens as such a gap must (a comma,
    # or a space then a comma or another space), which most gaps (a space, then a word) do not
    if _maybe_comma(text[start : start + 2]) and _COMMA_GAP.fullmatch(text, start, end):
        return True
    if end - start > _TYPED_OF_LONGEST:
        return False
    # every "X region of Y" gap holds " of " in some case: the substring test spares most
    # gaps the regex
    gap = text[start:end]
    return " of " in gap.lower() and _TYPED_OF.fullmatch(gap) is not None


def _maybe_comma(lead: str) -> bool:
    """False when a gap opening with ``lead`` (its first two characters) cannot be a comma
    between spaces; True when it may be."""
    return lead[:1] == "," or lead[1:] == "," or lead[1:].isspace()


# what joins the items of a list of places: ", ", " and ", ", and ", " or "
_LIST_GAP = re.compile(r", (?:and |or )?| (?:and|or) ")
_LIST_GAP_LONGEST = len(", and ")
# a count between two items of a tally ("15 in British Columbia, 14 in Nova Scotia, and one
# in Quebec"): the comma, a number in digits or words, at most one noun, then "in"
_TALLY_GAP = re.compile(
    r", (?:and )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens)(?: [a-z]+)? in "
)
_TALLY_GAP_LONGEST = 40


def _list_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two items of a list (``_LIST_GAP``); the length
    first, as most gaps between names are longer than any joiner."""
    return end - start <= _LIST_GAP_LONGEST and _LIST_GAP.fullmatch(text, start, end) is not None


def _tally_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two items of a tally (``_TALLY_GAP``: ", 14 in ",
    ", and one case in "), the way outbreak and election news lists its regions."""
    return (
        end - start <= _TALLY_GAP_LONGEST
        and text.startswith(", ", start)
        and _TALLY_GAP.fullmatch(text, start, end) is not None
    )


# \s is str.isspace's whitespace, so this is "strips to a comma", or to a comma and a
# lowercase compass word: "Tripoli, northern Lebanon" says what "Tripoli, Lebanon" says,
# the wire's way of placing a town by the part of its country (AP Stylebook, "compass
# points": lowercase for a section); a capitalised compass word is part of Y's name
_COMMA_GAP = re.compile(
    r"\s*,\s*(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest"
    r"|north-east|north-west|south-east|south-west)(?:ern)?\s+)?"
)
# "X region of [eastern] Y" reads as "X, Y": the type word before "of" belongs to X
_TYPED_OF = re.compile(
    r" (?:region|province|state|prefecture|oblast|governorate|district|county|area|village|town"
    r"|neighbou?rhood|suburb) of (?:the )?"
    r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)? )?",
    re.IGNORECASE,
)
# " governorate of the northwestern ": the longest gap _TYPED_OF can match
_TYPED_OF_LONGEST = 40


def _typed(text: str, start: int, end: int) -> re.Match[str] | None:
    """The type word beside a name, if any (a character test first: most names have none)."""
    after = text[end : end + 2]
    if len(after) == 2 and ((after[0] == " " and after[1] in _TYPE_INITIALS) or after[0] == "-"):
        found = _TYPE_AFTER.match(text, end)
        if found and not (
            found.group().lower() == " district" and _DISTRICT_OFFICE.match(text, found.end())
        ):
            return found
    if text[start - 3 : start] == "of ":
        return _TYPE_BEFORE.search(text, max(0, start - _TYPE_BEFORE_REACH), start)
    return None


def type_owner(typed: re.Match[str], demonyms: dict[str, str]) -> str | None:
    """The ISO2 of the country whose adjective stands in a type phrase before a name ("the
    eastern Spanish province of" -> "ES"; ``demonyms``: lowercase adjective -> ISO2), or None.
    The adjective names the division's country (Quirk et al. 1985 §17.104: a premodifier of
    the head noun), unlike one naming who acted elsewhere in the sentence."""
    found = _TYPE_OWNER.search(typed.group())
    return demonyms.get(found.group(1).lower()) if found is not None else None


def named_lead(typed: re.Match[str], demonyms: dict[str, str]) -> bool:
    """Whether a division's word read before a name follows a capitalised word that is no
    country's adjective ("the Adhamiyah district of Baghdad"): that word names a place of
    its own, and the name after "of" is its container, not a division of that name."""
    if typed.re is not _TYPE_BEFORE or typed.group("type3") is None:
        return False
    found = _TYPE_OWNER.search(typed.group())
    return found is not None and found.group(1).lower() not in demonyms


def _said_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The words by which the text first calls the name ``key`` (folded) a place ("the area
    of X", "south of X"), at any of its matches (``folds`` holds the matches' folded names):
    one sense per text, so "X residents" later is the same place. None when it never does."""
    for (start, end, _), folded in zip(matches, folds, strict=True):
        if folded == key and not opens_longer_name(text, start):  # "Upper Egypt village"
            cue = said_cue(text, start, end)
            if cue is not None:
                return cue
    return None


def _town_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The words by which the text first uses the name ``key`` (folded) as a town's ("a X
    resident", "12 Main St., X"; see ``town_use``), at any of its matches: one sense per
    discourse (Gale, Church and Yarowsky 1992), so "X" alone elsewhere is the same town."""
    for (start, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            cue = town_use(text, start, end)
            if cue is not None:
                return cue
    return None


def _north_american_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The North American English words the text first names the town ``key`` (folded)
    with ("the X Police Department"; see ``north_american_use``), at any of its matches: one
    sense per discourse, as ``_town_cue``."""
    for (_, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            cue = north_american_use(text, end)
            if cue is not None:
                return cue
    return None
