"""The context tests that drop or keep a recognised name: functions of the text around it.

Arabic names that go on past the match, ordinary words before a number, bare possessives,
modifiers ("United Georgia"), words glued to a name, sentence openings and office titles;
and ``PlainWords``, what the C test of plain hits (``_runs.c``) reads of these filters.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from dashboard.paths import data_dir
from dashboard.places.names import CONNECTORS, fold
from dashboard.places.recognise_words import (
    _ABBREV_END,
    _ARABIC_NAME_BEFORE,
    _ARABIC_NAME_GOES_ON,
    _ARTICLE,
    _INSTITUTION_AFTER,
    _INSTITUTION_ENDS,
    _NUMBER_AFTER,
    _SENTENCE_END,
    _WORDS,
    FEATURE_WORDS,
    INSTITUTION_WORDS,
)
from dashboard.places.runs import Hit, Token
from dashboard.sourced_rows import read_sourced

# the article with its hyphen, in any case ("al-", "Al-", "EL-")
_LONE_ARTICLE = re.compile(_ARTICLE, re.IGNORECASE)

if TYPE_CHECKING:
    # the recogniser's value: annotations only (recognise.py runs these tests)
    from dashboard.places.recognise import Match


def _part_of_arabic_name(text: str, m: Match) -> bool:
    """``m`` is one word of a longer name joined by Arabic's article that the gazetteer
    lacks: "Bab" of "Bab al-Hawa", "Ain" of "Ras al-Ain" (the French department)."""
    if " " in text[m.start : m.end] or "-" in text[m.start : m.end]:
        return False  # a name of its own words ("Deir ez-Zor", "Tal Abyad") is whole
    if _ARABIC_NAME_GOES_ON.match(text, m.end) is not None:
        return True
    # the regex ends in the article's hyphen at the name ("$" matches before a last newline
    # too): a character test first, as most names have no hyphen before them
    if text[m.start - 1 : m.start] != "-" and text[m.start - 2 : m.start] != "-\n":
        return False
    return _ARABIC_NAME_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


def lone_article(text: str, m: Match) -> bool:
    """``m`` is Arabic's article alone, hyphened to the name it opens ("al-Mahdiya" read as
    "Al", the Norwegian town Ål): the article is part of one toponym and never a place by
    itself (ALA-LC Romanization Tables, Arabic, 2012: "al-" is joined to its noun)."""
    return (
        text[m.end : m.end + 1] == "-"
        and _LONE_ARTICLE.fullmatch(text, m.start, m.end + 1) is not None
    )


def _numbered_word(text: str, m: Match) -> bool:
    """Whether ``m`` is one ordinary English word (lemminflect's lexicon) followed by a year
    or a code of digits and letters: the word naming a numbered thing or a season's date
    ("Section 2AA" of a sports league, "Spring 2009"), not the town of that name (Section,
    Alabama; Spring, Texas). A name no English word is keeps it ("Paris 2024"), and a
    plain number after a town is left alone ("Reading 2 Luton 0")."""
    if not _NUMBER_AFTER.match(text, m.end):  # the cheap test first: most names have none
        return False
    surface = text[m.start : m.end]
    return " " not in surface and "." not in surface and is_word(fold(surface))


@lru_cache(maxsize=4096)
def is_word(key: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(key))


# The months as news abbreviates them before a day: AP style ("Jan.", "Feb.", "Aug.",
# "Sept.", "Oct.", "Nov.", "Dec."), Reuters without the dot ("Nov 22") and the three-letter
# forms of ISO 8601's month names ("Mar", "Apr", "Jun", "Jul", "Sep").
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# a day of the month after the abbreviation: one or two digits, an ordinal suffix at most,
# and no more digits or letters ("Nov 22", "Nov. 3rd", "Dec 1,"; not "Nov 2024" nor "Jun 5A")
_DAY_AFTER = re.compile(r"\.? (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w])")


def _month_day(text: str, m: Match) -> bool:
    """Whether ``m`` is a month's abbreviation before a day of the month, as a dateline or a
    date writes it ("JERUSALEM, Nov 22 (Reuters)", "on Sept. 5"): a date, not the town of
    that name (Nov, a village in Israel; Jun, Spain). Any case: a dateline may be in
    capitals ("NOV 22")."""
    if m.end - m.start > 4:  # the cheap test first: no abbreviation is longer
        return False
    return fold(text[m.start : m.end]) in MONTH_ABBREVIATIONS and (
        _DAY_AFTER.match(text, m.end) is not None
    )


# "Alliance of Sahel States": a capitalised head noun, "of", then capitalised words joined by
# "of", "for" or "the" ("the Organisation of Islamic Cooperation"); "and" ends the title, as
# "the League of Arab States and Egypt" names a country after it. A lookahead, so that
# "Leaders of the Alliance of..." does not hide the title inside it
_TITLED_OF = re.compile(
    r"\b(?=([A-Z][a-z]{3,}) of (?:the )?"
    r"([A-Z][\w'’.-]*(?:(?: (?:of|for|the))* [A-Z][\w'’.-]*)*))"
)


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """The head nouns of ``data/gazetteer/organisation_heads.csv`` (a source per row) that
    make "Head of X" an organisation's title.

    Raises ``ValueError`` for a row without its word or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "organisation_heads.csv", "word")
    return frozenset(row["word"] for row in rows)


@lru_cache(maxsize=4096)
def _noun_lemma(word: str) -> str:
    from lemminflect import getLemma

    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0] if lemmas else word


def organisation_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (start, end) of ``text`` that name an organisation, not a place: a
    capitalised head noun whose lemma (lemminflect) is one of ``organisation_heads``
    ("Alliance", "Leagues") before "of" and capitalised words. The whole title when its
    last word is a plural noun naming the members ("the Alliance of Sahel States", "the
    League of Arab States"): its place words say who belongs, not where anything is. The
    head alone when the title ends in a name ("the Spina Bifida Association of Western
    Ohio"): the place is where the body works, and stays. A title whose words after "of"
    are exactly one of ``spans`` (the recognised names), or that one of them holds from
    the head on, is left out: "the Union of Myanmar" is the country by its title, as the
    gazetteer's own "Union of the Comoros" is. A capitalised title of any head noun whose
    words after "of" are a continent or America ("the Council of Europe", "Bank of
    America", "Voice of America") is an organisation's name whole: the continent says
    whom it serves, not where anything happens, and news gold sets (LGL) leave it out;
    not where the head opens a sentence ("Much of Europe", "Parts of Africa")."""
    out = []
    for found in _TITLED_OF.finditer(text):
        head = found.group(1)
        if (
            _CONTINENT_TITLE.fullmatch(found.group(2))
            and not _place_whole(spans, found)
            # a sentence's first word is capitalised by its place: "Much of Europe shivered"
            and not opens(text, found.start())
        ):
            out.append((found.start(), found.end(2)))  # "the Council of Europe"
            continue
        if _noun_lemma(head.lower()) not in organisation_heads():
            continue
        if (found.start(2), found.end(2)) in spans or any(
            a == found.start() and b > found.start() + len(head) for a, b in spans
        ):
            continue  # a place by its title, or one the gazetteer holds whole
        last = found.group(2).rpartition(" ")[2]
        members = last[-1:] == "s" and _noun_lemma(last.lower()) != last.lower()
        out.append((found.start(), found.end(2) if members else found.start() + len(head)))
    return out


# a continent by name, or America (the United States by its continent's name, as in
# "Bank of America"), as the whole of a title's words after "of": GeoNames' continents and
# the regions news writes as one ("Latin America")
_CONTINENT_TITLE = re.compile(
    r"(?:Europe|Africa|Asia|Oceania|Eurasia|Australasia|(?:(?:North|South|Central|Latin) )?"
    r"America|Americas)(?:['’]s)?"
)


def _place_whole(spans: list[tuple[int, int]], found: re.Match[str]) -> bool:
    """Whether one recognised name holds the title from its head on ("the Horn of Africa",
    a region of the gazetteer) or starts before it and ends in it ("the United States of
    America"): a place by its whole name, not an organisation's."""
    head_end = found.start() + len(found.group(1))
    return any((a == found.start() and b > head_end) or (a < found.start() < b) for a, b in spans)


def _bare_possessive(text: str, end: int) -> bool:
    """Whether a name ending in s at ``end`` takes the possessive as an apostrophe alone
    ("Flores' stepfather", "in Flores' honor"), as English writes it for such names (Quirk et
    al. 1985, 5.112); "the Flores' case" is owned as "Flores's" would be."""
    return (
        text[end - 1 : end] in ("s", "S")
        and text[end : end + 1] in ("'", "’")
        and not text[end + 1 : end + 2].isalnum()
    )


class PlainWords(NamedTuple):
    """What the C test of plain hits (``_runs.c``: ``plain``) reads. It says of each hit
    whether it is kept as it is (1), dropped as a person's first name (2) or dropped (3),
    where no other filter below can act, and else leaves it to them (0). It stands for the
    filters as follows; a new filter must add its words here or its test there
    (tests/unit/test_recognise_plain.py holds the two paths equal):

    - ``always``, and one of ``months`` as a one-word name: dropped wherever it stands;
    - a character around it other than a space, a line break, a quotation mark or an
      opening bracket before, or those and ", . ; : ! ? )" after ("A/Texas/50", "$US",
      "Texas-based"), or a capitalised word joined by a hyphen on either side ("Kerry-Ann"):
      left to the filters, which read such marks, so that rules added there on them hold;
    - a capitalised word one space before it, not in ``prev_ok``, drops it
      (``_glued_before``), unless that word is in ``opening`` and opens the run, or the name
      is in capitals (left to the filters); a person's first name unless ``common``
      (``_is_common_noun``);
    - kept as it is only when none of these hold:
      ``special`` keys (months and days, both stoplists, dotted abbreviations, storm
      classes, compass names, ``_GUARD_NOUNS``); no lowercase letter (the all-capitals tests); ". " after an
      initial that ``_INITIAL_BEFORE`` reads as a middle name or that makes a name of
      ``names`` with it, or after one of ``dot_titles``, or one of ``titles`` before it
      (``_candidates``, ``_person_by_context``); a storm class one space before it; "$" or "-" after it, or
      a space and a disease word (``_DISEASE_AFTER``) or one of ``after_words``
      (``FEATURE_AFTER``); "administration" or one of ``verbs`` after it
      (``_person_by_context``);
    - when all those pass but a capitalised word follows one space on (``_glued_after``,
      newspapers, months, institutions): one of ``newspapers``
      drops it; one of ``months`` (the name in no ``prev_ok``), a dot ending the name, a
      ``common`` or all-capitals word or one of ``connectors`` keeps it; else it is dropped
      unless ``_INSTITUTION_AFTER`` (read in C) ends on one of ``institution_ends``, where
      ``_has_major`` decides.
    """

    special: frozenset[str]
    prev_ok: frozenset[str]
    storm: frozenset[str]
    verbs: frozenset[str]
    after_words: tuple[str, ...]
    titles: tuple[str, ...]
    always: frozenset[str]
    opening: frozenset[str]
    common: frozenset[str]
    dot_titles: frozenset[str]
    months: frozenset[str]
    newspapers: frozenset[str]
    connectors: frozenset[str]
    institution_ends: frozenset[str]
    names: dict[str, tuple[str, ...]]  # the gazetteer's index: "W. Va." (_candidates)


def _spelled_out(text: str, acronym: str) -> bool:
    """True when the text gives ``acronym`` as the initials of a name: "... Alliance (ALMA)"."""
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = _WORDS.findall(text, max(0, at - 120), at)
    return "".join(w[0] for w in words if w[0].isupper()).endswith(acronym)


@lru_cache(maxsize=8192)
def modifier_only(key: str) -> bool:
    """Whether English uses the folded word only as an adjective or adverb, never as a noun
    (lemminflect's lexicon: "united", "democratic", "historic", "distinctly"), so that it is
    no one's first name: "the Movement for United Georgia" or "Historic Dublin" makes no
    person called Georgia or Dublin of the text's other mentions. First names that are words
    are nouns too ("Mark", "Rose", "Frank") or verbs alone ("Rob", "Sue"), and stay names."""
    from lemminflect import getAllLemmas

    pos = getAllLemmas(key)
    return ("ADJ" in pos or "ADV" in pos) and "NOUN" not in pos


def _is_common_noun(key: str) -> bool:
    """A feature or institution word ("Villages", "Province"), which no first name is."""
    if key in FEATURE_WORDS or key in INSTITUTION_WORDS:
        return True
    stem = key.removesuffix("s")  # no generator: this runs for most one-word hits
    return stem in FEATURE_WORDS or stem in INSTITUTION_WORDS


def ends_county(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` ends in the word "County" (any case): no one's
    first or family name does, so the capitalised words after it are no person's name but
    may be the county's office (``county_office``). The C twin is ``ends_county`` in
    ``_runs.c``, which leaves such a name to ``_keep``."""
    return end - start > 7 and text[end - 7 : end].lower() == " county"


@lru_cache(maxsize=1)
def county_offices() -> frozenset[str]:
    """The words of ``data/gazetteer/county_offices.csv`` (a source per row): offices and
    services a county runs, beside the institution words of ``_INSTITUTION_ENDS``."""
    path = data_dir() / "gazetteer" / "county_offices.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["word"] for row in csv.DictReader(fh))


# up to four capitalised words after a name: "Medical Examiner", "Sheriff's Office"
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w'’.&-]*){1,4}")


def county_office(text: str, end: int) -> bool:
    """Whether one of the capitalised words right after a county's name (``end``) names an
    office or institution (``_INSTITUTION_ENDS`` or ``county_offices``): "the Tarrant
    County Medical Examiner", "the Laurel County Detention Center" are the county's; "Wright
    County Farms" (a company named after it) is not. A hyphened title is read by its parts
    ("the Boyd County Judge-Executive": Kentucky's county judge, NACo 2009)."""
    m = _CAPITALISED_AFTER.match(text, end)
    if m is None:
        return False
    for word in m.group().split():
        key = word.rstrip(".").removesuffix("'s").removesuffix("’s").lower()
        if any(k in _INSTITUTION_ENDS or k in county_offices() for k in (key, *key.split("-"))):
            return True
    return False


def _opens_institution(text: str, end: int) -> bool:
    m = _INSTITUTION_AFTER.match(text, end)
    return bool(m) and m.group("last").lower() in _INSTITUTION_ENDS  # type: ignore[union-attr]


def _glued_after(text: str, h: Hit, nxt: Token) -> bool:
    start, end, key, capitalised, _ = nxt
    if not capitalised or text[h[1] : start] != " ":
        return False
    if key in FEATURE_WORDS or key in INSTITUTION_WORDS:
        return False
    return not (text[start:end].isupper() or key in CONNECTORS)


def opens(text: str, start: int) -> bool:
    """True when the run word at ``start`` opens the text, a sentence, a line or a quotation."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before[-1] in '\n“"‘(':
        return True
    # a spaced dash closes a dateline ("GORIS, Armenia — Most refugees…", "BEIRUT -- Most");
    # "Hamburg–Most" (no space) joins two names; a plain-text wire spaces a hyphen as its
    # dash ("RABAT, Sept 30 - Young protesters")
    dash = before[-1] in "—–" or before.endswith("--") or before.endswith(" -")
    if text[start - 1].isspace() and dash:
        return True
    if not _SENTENCE_END.search(before) or not text[start - 1].isspace():
        return False
    return not _ABBREV_END.search(before)


def _as_title(text: str, start: int, end: int) -> bool:
    """Whether an office title that is also a town's name ("Secretary", "Bishop") stands as
    the title: after "the" ("the Secretary", "The Bishop") or before "of" and a capitalised
    word ("Secretary of State", "King of Jordan"). "near Bishop, California" stays the town."""
    if text[max(0, start - 4) : start] in ("the ", "The "):
        return True
    return text.startswith(" of ", end) and text[end + 4 : end + 5].isupper()
