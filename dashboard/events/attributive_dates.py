"""A month on a noun dates that noun, and "The X followed the June vote" dates only the vote.

"postponed the February election", "the June 2023 killing": a month (and its year) between
a determiner and a noun premodifies that noun (Quirk et al. 1985, 17.104: premodification
by a noun; a determiner and one adjective may come first, "a disputed June election"), so
it dates what the noun names, not the act of the clause, as a year does ("the 1951 treaty").

"The bombing followed a disputed June election": with a definite act noun as the subject of
"followed", the clause only orders an act the story already names (Quirk et al. 1985, 5.28,
anaphoric "the") after the other happening; "followed X" says X came first and nothing of
how long after (TimeML 1.2.1, 2.4 TLINK BEFORE/AFTER carry no distance), so X's month is no
bound of the act: its own date is the story's, or unknown.
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import MONTHS

# a determiner, and at most one lower-case modifier, before the date ("a disputed June vote")
_THE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|last|next)\s+(?:[a-z][a-z-]*\s+)?$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|to|in|on|at|for|as|was|were|is|are|has|had|have|will)\b)[a-z][\w-]*"
)
# a definite act noun right before "followed", its finite verb ("The bombing followed")
_DEFINITE_SUBJECT = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)
_FOLLOWED = re.compile(r"\s+followed\b")


def attributive_month(text: str, start: int, end: int) -> bool:
    """Does the month at ``text[start:end]`` (with at most its year) stand on a noun?

    "postponed the February election" and "a disputed June election" give True; "fought
    in June" and "the vote in June" give False."""
    words = text[start:end].lower().split()
    dated = len(words) == 1 or (len(words) == 2 and len(words[1]) == 4 and words[1].isdigit())
    return (
        dated
        and words[0] in MONTHS
        and _THE_BEFORE.search(text, max(0, start - 30), start) is not None
        and _NOUN_AFTER.match(text, end) is not None
    )


def followed_by_definite(text: str, s: int, start: int, end: int) -> bool:
    """Is the act noun at ``text[start:end]`` (its sentence opening at ``s``) the definite
    subject of a finite "followed" right after it?

    "The bombing followed a disputed June election" gives True; "Protests followed the
    July vote" and "protests that followed the July vote" give False."""
    return (
        _FOLLOWED.match(text, end) is not None
        and _DEFINITE_SUBJECT.search(text, max(s, start - 30), start) is not None
    )
