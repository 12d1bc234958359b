"""A name followed by a municipality's own organ is a town: "the Paonia Police Department",
"Hailey City Council", "the Weyburn Board of Education".

Local news names a town's police, fire service, council, school board and school district by
the town's name as a noun modifier (Quirk et al. 1985, 17.108-17.109); no person, firm or
country has a "Town Council" or a "Police Department" of its own (a country's force is named by
its demonym, "Peruvian police"). So where a name is only small towns (below
``MAJOR_POPULATION``), and the resolver has nothing else that backs one, such words after it
anywhere in the text (one sense per discourse, Gale, Church and Yarowsky 1992) say the name is
a municipality. The phrases are data with a source on each row,
``data/gazetteer/municipal_organs.csv``.

Only a name with one gazetteer place is resolved this way: the words say that the name is a
town, not which of several small namesakes it is (``resolve`` leaves those to the neighbour
pass, as before). When that pass backs none of them, the name is still a town the text names:
it is kept without a point (``with_organ_towns``) rather than dropped, as a place the text
calls one but the gazetteer cannot place is (``resolve``'s ``unplaced``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.names import fold
from dashboard.places.recognise_words import _INSTITUTION_AFTER

# a recognised name's span and candidates: ``recognise.Match`` (not imported: recognise
# imports this module)
Span = tuple[int, int, tuple[str, ...]]


@lru_cache(maxsize=1)
def municipal_organs() -> tuple[str, ...]:
    """The phrases of ``data/gazetteer/municipal_organs.csv``, each led by a space, longest
    first (so "Police Department" is read before "Police"). Raises ``OSError`` when the file
    is missing."""
    path = data_dir() / "gazetteer" / "municipal_organs.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        phrases = [" " + row["words"] for row in csv.DictReader(fh)]
    return tuple(sorted(phrases, key=len, reverse=True))


def organ_after(text: str, end: int) -> str | None:
    """The municipal organ named right after a name ending at ``end``, or None. A phrase
    counts only as whole words ("Police" is not read in "Policemen").

    >>> organ_after("the Orland Police Department said", 10)
    'Police Department'
    >>> organ_after("the Orland Policemen said", 10) is None
    True
    >>> organ_after("Orland said", 6) is None
    True
    """
    if not text.startswith(" ", end):
        return None
    for words in municipal_organs():
        if (
            text.startswith(words, end)
            and not text[end + len(words) : end + len(words) + 1].isalnum()
        ):
            return words[1:]
    return None


def organ_run(text: str, end: int) -> bool:
    """Whether the capitalised words right after a name ending at ``end`` (the institution's
    title ``_INSTITUTION_AFTER`` reads) end in a municipal organ: "Kremmling Volunteer Fire
    Department" is the town's, where "Kennedy Elementary School" may be a person's.

    >>> organ_run("the Kremmling Volunteer Fire Department said", 13)
    True
    >>> organ_run("the Kennedy Elementary School said", 11)
    False
    """
    found = _INSTITUTION_AFTER.match(text, end)
    return found is not None and found.group().endswith(municipal_organs())


def municipal_cue(text: str, matches: Sequence[Span], folds: list[str], key: str) -> str | None:
    """The first municipal organ the text names after any match of ``key`` (folded; ``folds``
    holds the matches' folded names), or None when it names none."""
    for (_, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            organ = organ_after(text, end)
            if organ is not None:
                return organ
    return None


def organ_pending(
    mentions: Sequence[Mention], organs: dict[str, str | None], pending: str
) -> list[Mention]:
    """The mentions still without a place for the reason ``pending`` (only small towns of
    their name, left to the neighbour pass) whose name (folded) has a municipal organ in
    ``organs`` (``municipal_cue``'s answers by folded name)."""
    return [
        m
        for m in mentions
        if m.place is None and m.reason == pending and organs.get(fold(m.text)) is not None
    ]


def with_organ_towns(mentions: list[Mention], held: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each of ``held`` (see ``organ_pending``) that no longer has a
    mention at its span put back without a point, in text order: the neighbour pass backed
    none of the name's small towns, yet a town's police or council says it is a town.

    >>> from dashboard.model import Mention
    >>> held = [Mention(4, 13, "Hopkinton", None, 0.0, "pending")]
    >>> [(m.text, m.place, m.reason[:26]) for m in with_organ_towns([], held)]
    [('Hopkinton', None, 'several small towns of tha')]
    """
    return put_back(
        mentions,
        held,
        "several small towns of that name, none backed by the text; a municipal organ "
        "after it says it is a town, not which",
    )


def put_back(mentions: list[Mention], held: Sequence[Mention], reason: str) -> list[Mention]:
    """``mentions`` with each of ``held`` that has no mention at its span any more put back
    without a point and with ``reason``, in text order (the organ, dateline and locative
    passes each hold names the neighbour pass may drop)."""
    spans = {(m.start, m.end) for m in mentions}
    back = [
        Mention(m.start, m.end, m.text, None, 0.0, reason)
        for m in held
        if (m.start, m.end) not in spans
    ]
    if not back:
        return mentions
    return sorted([*mentions, *back], key=lambda m: (m.start, m.end))
