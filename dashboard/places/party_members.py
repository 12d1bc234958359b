"""A place named before a party member's noun is the member's home: "Rep. Tom Hawk, a
Manhattan Democrat", "the Kanawha County Republican". A capitalised word glued after a name
usually makes it part of another name ("Kennedy Elementary School"), so the recogniser drops
it; these nouns instead name a person of a party by home and party, as the AP Stylebook's
"party affiliation" entry gives legislators their state or hometown. The nouns are data
with a source on each row, ``data/gazetteer/party_members.csv``.

A party's own name before the noun is no home ("a Liberal Democrat", "a Christian
Democrat"), so only a name after "a", "an", "the" or a comma counts, and not one
``political`` lists as a party's name nor a word the CSV gives as making one with the noun
(role ``party``).
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.political import party_names
from dashboard.sourced_rows import read_sourced

_BEFORE = ("a ", "an ", "the ", "A ", "An ", "The ", ", ")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """Role -> words of ``party_members.csv`` ("noun": the member nouns; "party": words that
    make a party's name with them). Raises ``OSError`` when the file is missing and
    ``ValueError`` for a row without its source."""
    rows = read_sourced(data_dir() / "gazetteer" / "party_members.csv", "word", "role")
    return {
        role: frozenset(r["word"] for r in rows if r["role"] == role) for role in ("noun", "party")
    }


def member_nouns() -> frozenset[str]:
    """The party member nouns ("Democrat", "Republicans")."""
    return _words()["noun"]


def party_member_home(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the home a party member is named by.

    >>> party_member_home("said Rep. Tom Hawk, a Manhattan Democrat, on Monday", 22, 31)
    True
    >>> party_member_home("a Liberal Democrat MP", 2, 9)
    False
    """
    if text[end : end + 1] != " " or not text.endswith(_BEFORE, max(0, start - 4), start):
        return False
    word = text[end + 1 : end + 13].split(" ", 1)[0].rstrip(".,;:!?\"'”’)")
    name = text[start:end]
    return word in member_nouns() and name not in party_names() and name not in _words()["party"]
