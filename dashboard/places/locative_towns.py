"""A name of small towns after "in" or "near" is a place, though the text backs none of them.

"A house fire in Scottdale was put out in minutes." A name that is only small towns (below
``MAJOR_POPULATION``), with several namesakes or one, is left by the resolver to the
neighbour pass, which drops it when nothing near backs one. After "in" or "near", the
prepositions of position (Quirk et al. 1985, 9.15-9.17: "in" a place seen as an area, "near"
one seen as a point), with no capitalised word glued after it, the name is where something
is: a place, though not which of its namesakes. It is kept with no point (a wrong
namesake's point is no answer), as a town's police or a dateline keep one (``municipal``,
``dateline_names``).

A name is no place where its words are ordinary English words capitalised by their use
("in Congress", "near Christmas", "in Liberty": lemminflect's lexicon), a demonym ("in
Spanish") or a language or people (``data/lexicon/language_names.csv``: "in English", "in
Arab culture"), or is glued to a capitalised word ("in Jordan Elementary School": an
institution's name, the recogniser's concern). Other prepositions are left: "of" heads
organisations' and kinship's phrases ("the Department of Conservation", "the son of
Missy"), "at" and "from" name events, firms and senders as often as places.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.cues import _is_ordinary
from dashboard.places.municipal import put_back

# "in" or "near" right before the name, as whole words in lower case
_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|near) $")
# what may follow: the text's end, a punctuation mark, or a lowercase word
_FREE_AFTER = re.compile(r"(?:$|[,.;:!?)\"”’]|\s+[a-z])")
_REACH = 5  # characters read before the name: "near "


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The names of ``data/lexicon/language_names.csv`` (a source per row), lower case.
    Raises ``OSError`` when the file is missing."""
    path = data_dir() / "lexicon" / "language_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["name"].lower() for row in csv.DictReader(fh))


def after_locative(text: str, start: int, end: int, demonyms: Mapping[str, str]) -> bool:
    """Is ``text[start:end]`` a name after "in" or "near", free of a capitalised word after
    it, and no ordinary word, demonym or language (see the module)? ``demonyms`` holds the
    gazetteer's demonyms by lower-case key.

    >>> after_locative("A fire in Scottdale was put out.", 10, 19, {})
    True
    >>> after_locative("support in Congress grew.", 11, 19, {})
    False
    >>> after_locative("aired in English and Spanish.", 9, 16, {})
    False
    >>> after_locative("at Scottdale Elementary.", 3, 12, {})
    False
    """
    if _LOCATIVE_BEFORE.search(text, max(0, start - _REACH), start) is None:
        return False
    if _FREE_AFTER.match(text, end) is None:
        return False
    name = text[start:end]
    key = name.lower()
    if name.isupper() or key in demonyms or key in language_names():
        return False
    return not _is_ordinary(name)


def locative_pending(
    text: str, mentions: Sequence[Mention], pending: str, demonyms: Mapping[str, str]
) -> list[Mention]:
    """The mentions still without a place for the reason ``pending`` (only small towns of
    their name, left to the neighbour pass) that stand after "in" or "near"
    (``after_locative``)."""
    return [
        m
        for m in mentions
        if m.place is None
        and m.reason == pending
        and after_locative(text, m.start, m.end, demonyms)
    ]


def with_locative_towns(mentions: list[Mention], held: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each of ``held`` (see ``locative_pending``) that no longer has a
    mention at its span put back without a point, in text order: the neighbour pass backed
    none of the name's small towns, yet "in X" says it is a place.

    >>> held = [Mention(10, 19, "Scottdale", None, 0.0, "pending")]
    >>> [(m.text, m.place, m.reason[:26]) for m in with_locative_towns([], held)]
    [('Scottdale', None, 'only small towns of that n')]
    """
    return put_back(
        mentions,
        held,
        "only small towns of that name, none backed by the text; 'in' or 'near' before "
        "it says it is a place, not which",
    )
