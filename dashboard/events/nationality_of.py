"""A country named as the nationality of people, not as where an act happened.

"Police arrested three men, all citizens of Albania, in the Bavaria region" places the
arrest in Bavaria: "citizens of Albania" says whose passports the men hold, as "Albanian
citizens" would (``place_cues.NATIONALITY_AFTER``). ACLED locates an event where it took
place, never by its actors' nationality (ACLED Codebook 2023, "Geography": the location is
where the event happened). The nouns are the ones a state's consular service uses of its
people: ``data/lexicon/nationals_abroad.csv`` (Vienna Convention on Consular Relations 1963,
art. 5 and 36).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.place_cues import NATIONALITY_AFTER
from dashboard.model import Mention


@cache
def _of_before() -> re.Pattern[str]:
    """ "citizens of ", "a national of (the) ": such a noun and "of" right before a name."""
    words = "|".join(
        re.escape(r["word"].strip().lower()) for r in sourced_rows("nationals_abroad.csv", "word")
    )
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _nationals_after() -> re.Pattern[str]:
    """ " citizen", " nationals": such a noun right after a name."""
    words = "|".join(
        re.escape(r["word"].strip().lower()) for r in sourced_rows("nationals_abroad.csv", "word")
    )
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def nationals_after(text: str, end: int) -> bool:
    """Whether a noun of a state's people abroad (``nationals_abroad.csv``) follows a country's
    name ending at ``end``: "a United States citizen", "two United Kingdom nationals" name whose
    people they are, as "an American citizen" does (Vienna Convention on Consular Relations
    1963, art. 5 and 36), not where they are."""
    return _nationals_after().match(text, end) is not None


def nationality_named(text: str, m: Mention) -> bool:
    """Whether the country mention ``m`` (offsets into ``text``) names people's nationality:
    before a noun of persons ("Albanian citizens", ``NATIONALITY_AFTER``) or after one and
    "of" ("citizens of Albania"). False for a mention of any other kind."""
    if m.place is None or m.place.kind != "country":
        return False
    if NATIONALITY_AFTER.match(text, m.end):
        return True
    return _of_before().search(text, max(0, m.start - 40), m.start) is not None
