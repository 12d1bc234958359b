"""One reading of one text, produced once by the geoparser and read by the event extractor.

``Geoparser.analyse(text, published) -> TextAnalysis`` finds everything the later stages
need (place mentions, demonyms, sentences, the dateline place, the countries named); the
extractor only reads the record and never calls back into the places layer. The flow is one
way: places -> analysis -> events.

Work is bounded per sentence: a "sentence" longer than ``MAX_SENTENCE_CHARS`` (a run-on text
with no sentence breaks, a pasted table) is not read for events at all and a note says so,
rather than being silently truncated or read at quadratic cost.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from dashboard.model import Mention, Place

# The longest sentence read for events, in characters. News sentences run to a few hundred
# characters; the longest in the bundled samples is under 600, so 2,000 only refuses text
# that is not prose (a run-on paste, a table, a list with no full stops).
MAX_SENTENCE_CHARS = 2000
# A dateline: where (and, on the wires, when) a story was filed, at the very start of it. The
# one definition every reader uses (the places layer, this analysis, the date reader):
# - the place in capitals, accents and all ("TOKYO", "BOGOTÁ", "SÃO PAULO", "ŁÓDŹ": Latin-1's
#   and Latin Extended-A's letters), or filed from two ("KYIV/MOSCOW");
# - then the AP's country or state as named ("TBILISI, Georgia", "BUFFALO, N.Y."), its
#   joining words too ("GOMA, Democratic Republic of Congo", "SARAJEVO, Bosnia and
#   Herzegovina": the names of ISO 3166-1, lower-case "of", "and", "the");
# - then the filing date, by the AP and Reuters stylebooks ("ANKARA, Feb 6", "KYIV, Ukraine,
#   May 2, 2024"); with a date the place may be in any case ("Santiago, March 10 -"), without
#   one only capitals tell a dateline from a sentence ("Biden - who ...");
# - then the outlet in parentheses ("(AP)", "(Reuters)") and a dash.
# Groups: ``line`` the place (with its country or state), ``date`` the filing date, ``outlet``.
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ž"
# a month by name or abbreviation, in any case ("May", "Sept.", "NOV."), then the day and year
_MONTHS = sorted(
    {*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"}, key=len, reverse=True
)
FILED = rf"(?i:{'|'.join(_MONTHS)})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
DATELINE = re.compile(
    rf"\s*(?P<line>(?:(?P<caps>[{_CAPS}][{_CAPS} .,'/-]{{0,60}})"
    rf"|[{_CAPS}][\w.'/-]*(?: [{_CAPS}][\w.'/-]*){{0,3}})"
    r"(?:,\s*[A-Z][\w.'-]*(?:\s+(?:(?:of|and|the)\s+){0,2}[A-Z][\w.'-]*){0,3})?)"
    rf"(?:,\s*(?P<date>{FILED}))?(?(date)|(?(caps)|(?!)))"
    r"\s*(?:\((?P<outlet>[^)]{0,40})\)\s*)?[—–-]{1,2}\s"
)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country the text names or implies: "Japan", "South Korean" (a demonym)."""

    start: int
    end: int
    code: str  # ISO 3166-1 alpha-2
    name: str  # the country's gazetteer name ("South Korea" for "South Korean")
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """Everything read from one text before events are coded; offsets are ``str`` indices.

    >>> a = Geoparser().analyse("TOKYO — Troops landed in Osaka.", date(2024, 1, 5))
    >>> a.dateline.place.name, [m.text for m in a.mentions]
    ('Tokyo', ['TOKYO', 'Osaka'])
    """

    text: str
    published: date | None
    mentions: tuple[Mention, ...]  # every place mention, in text order (the dateline's too)
    countries: tuple[CountryMention, ...]  # country names and demonyms, in text order
    sentences: tuple[Span, ...]  # sentences read for events (within the cap), in order
    dateline_end: int = 0  # where the dateline ends (0: no dateline)
    dateline_start: int = 0  # where it starts: after a headline line, or 0
    dateline: Mention | None = None  # the dateline's place, if it resolved
    country_places: Mapping[str, Place] = field(default_factory=dict)  # ISO2 -> country
    # every country of the gazetteer by ISO2, named or not: a side named only by its body
    # ("the Kremlin rejected…") is placed in its country
    nations: Mapping[str, Place] = field(default_factory=dict)
    skipped: tuple[Span, ...] = ()  # sentences over the cap, not read for events
    notes: tuple[str, ...] = ()  # what the reader should know (skipped sentences)
    # ISO2 of the one country the story is set in, or None (``places.story_country``: the
    # dateline's, else the one its places lead with); a shared holiday's calendar
    story_country: str | None = None


def dateline_end(text: str) -> int:
    """The offset where a dateline ("TOKYO — ", "Lima, March 11 - ") ends, or 0.

    >>> dateline_end("Lima, March 11 - A landslide buried homes.")
    17
    """
    return dateline_span(text)[1]


# a wire dateline with no place: the filing date, the outlet in parentheses and a dash ("Jan
# 25 (Reuters) -", as Reuters' feeds print a story filed from a desk); the outlet must be a
# name, so a sentence opening "May 2 (local time) -" is no dateline
BARE_WIRE_DATELINE = re.compile(
    rf"\s*(?P<date>{FILED})\s*\((?P<outlet>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}})\)"
    r"\s*[—–-]{1,2}\s"
)

_HEADER_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
HEADLINE_CHARS = 200  # a first line this short, with no full stop, may be the headline


# the reader asks it of one article's whole text once per sentence or clause (issue 15):
# a pure function of the text, so the last few answers are kept
@lru_cache(maxsize=16)
def dateline_span(text: str) -> Span:
    """Where the dateline is: ``(start, end)``, or ``(0, 0)`` when there is none.

    At the text's start, or at the start of the first paragraph after a headline line (a
    first line of at most ``HEADLINE_CHARS`` characters not ending a sentence), as a story
    pasted with its title reads:

    >>> dateline_span("Quake hits Peru\\n\\nLIMA — A quake shook the coast.")
    (17, 24)
    """
    m = DATELINE.match(text) or BARE_WIRE_DATELINE.match(text)
    if m:
        return m.start(), m.end()
    head = text.find("\n")
    if head < 0 or head > HEADLINE_CHARS or text[:head].rstrip().endswith((".", "!", "?")):
        return 0, 0
    if _HEADER_DATE.search(text, 0, head):
        return 0, 0  # "date 1777-12-20": a header line pasted with the text, which dates it
    body = head
    while body < len(text) and text[body].isspace():
        body += 1
    m = DATELINE.match(text, body) or BARE_WIRE_DATELINE.match(text, body)
    return (m.start(), m.end()) if m else (0, 0)


def dateline_outlet(text: str) -> str:
    """The outlet a dateline credits in parentheses ("SEOUL (Yonhap) —", "ANKARA, Feb 6
    (Reuters) -"), the wire that filed the story by the AP and Reuters stylebooks' form; "" when
    there is none, or when the parentheses hold a time or a number ("(updated 14:00)"), not a
    name.

    >>> dateline_outlet("MANILA, June 19 (Harbour Wire) - Boats collided."), dateline_outlet("LIMA — A quake.")
    ('Harbour Wire', '')
    """
    start, end = dateline_span(text)
    m = (DATELINE.match(text, start) or BARE_WIRE_DATELINE.match(text, start)) if end else None
    outlet = " ".join((m.group("outlet") or "").split()) if m else ""
    return outlet if outlet[:1].isalpha() and not any(c.isdigit() for c in outlet) else ""


def in_dateline(analysis: TextAnalysis, offset: int) -> bool:
    """Is ``offset`` inside the dateline (where the story was filed, not where it happened)?"""
    return analysis.dateline_start <= offset < analysis.dateline_end


def split_capped(spans: list[Span]) -> tuple[tuple[Span, ...], tuple[Span, ...], tuple[str, ...]]:
    """Sentences within the cap, those over it, and a note for each skipped one."""
    kept = tuple(s for s in spans if s[1] - s[0] <= MAX_SENTENCE_CHARS)
    over = tuple(s for s in spans if s[1] - s[0] > MAX_SENTENCE_CHARS)
    notes = tuple(
        f"sentence at {s}–{e} ({e - s:,} characters) not read for events: over the "
        f"{MAX_SENTENCE_CHARS:,}-character cap per sentence"
        for s, e in over
    )
    return kept, over, notes
