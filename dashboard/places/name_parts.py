"""A family name after "Al-" inside a person's name names a family, not a place.

Arabic names join a nasab and a family name with the article "Al-" ("Ahmad Al-Jaber
Al-Thani"); news keeps the article with a capital and a hyphen, and the recogniser sees only
the word after it, which may also be a division's or a town's name ("Al-Sabah", Kuwait's
ruling family, against Sabah in Malaysia). The ACE 2005 entity guidelines tag a person's
name PER as a whole, so no part of it is a GPE mention. A name after "Al-" is taken as a
name part where another name word stands just before the "Al-" ("Nawaf Al-Sabah",
"Al-Ahmad Al-Sabah") or where a kin word follows it ("the Al-Sabah family", "the Al-X
dynasty"). A place written with its article stays: "in al-Anbar", "Syria's Al-Raqqa",
"the city of Al-Qusayr" (a preposition, a possessive or a lowercase word stands before it).
"""

from __future__ import annotations

import re

from dashboard.places.recognise import Match

# the article joined to the name: "Al-", "El-" (Egyptian spelling), capitalised
_ARTICLE = re.compile(r"(?:Al|El)-$")
# a name word before the article: capitalised, no possessive; or another "Al-X" part
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+|(?:Al|El)-[A-Z][a-z]+) $")
# what the text uses a name for that is no place (capital words at a sentence's start or a
# compass word name places: "Northern Al-X" is a region)
_NOT_NAMES = frozenset(
    "The A An In At On Of From To By For With Near North South East West Northern Southern "
    "Eastern Western Central Upper Lower Greater Old New".split()
)
# a family's kin words after the name: "the Al-X family", "the Al-X clan"
_KIN_AFTER = re.compile(r" (?:family|families|dynasty|clan|tribe|household)\b")


def _name_part(text: str, m: Match) -> bool:
    """Whether the match ``m`` is the family name of a person's name (see the module)."""
    if not _ARTICLE.search(text, max(0, m.start - 3), m.start):
        return False
    if _KIN_AFTER.match(text, m.end):
        return True
    before = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start - 3)
    return before is not None and before.group().strip() not in _NOT_NAMES


def without_name_parts(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the family names of persons' names written with "Al-" (see the
    module)."""
    if "l-" not in text:
        return matches  # the common case: no joined article at all
    return [m for m in matches if not _name_part(text, m)]
