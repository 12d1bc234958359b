"""A person's Arabic surname repeated bare: "Moqtada al-Sadr ... Sadr had urged".

News gives a person's full name once and the surname alone after it (AP Stylebook, "names":
"on second reference, use only the last name"), and an Arabic surname drops its article on
the second reference (AP Stylebook, "Arabic names": "al-" is dropped when the surname stands
alone: "Bashar Assad ... Assad"). The recogniser already drops the surname inside the full
name ("Moqtada al-Sadr": ``recognise_filters._part_of_arabic_name``), but the bare repeat was
read as the place the surname also names (Sadr City). One sense per text, as for "Barack
Obama ... Obama" (``person_names``): a bare name equal to the surname of a person named
"Given al-Surname" earlier is the person, unless the text puts it after "in", "near" or
"from" ("in Sadr" stays a place).

A compound place name of the same shape ("Bab al-Hawa", "Ras al-Ain") is told apart by its
first word: a person's given name is no place name of the gazetteer, while "Bab", "Ras" and
"Deir" head many; a first word the gazetteer holds leaves the repeat alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from dashboard.places.names import fold
from dashboard.places.recognise_words import _ARTICLE, _LOCATIVE, _LOCATIVE_REACH

# "Moqtada al-Sadr": a capitalised given name, the article, the surname (the match) with no
# further article after it (not "Bab al-Hawa al-...")
_GIVEN_BEFORE = re.compile(rf"\b([A-Z][\w'’]*)\s+{_ARTICLE}$")
_GOES_ON = re.compile(rf"\s+{_ARTICLE}[A-Z]")


def arabic_surnames(
    text: str, spans: Collection[tuple[int, int]], is_place_name: Callable[[str], bool]
) -> frozenset[str]:
    """Folded surnames of the people ``text`` names as "Given al-Surname": ``spans`` are the
    (start, end) of the names the recogniser dropped as part of a longer Arabic name;
    ``is_place_name(key)`` says whether a folded word is a gazetteer name (then the pair is
    a compound place name, not a person's, see the module)."""
    out: set[str] = set()
    for start, end in spans:
        if _GOES_ON.match(text, end):
            continue  # "Bab" of "Bab al-Hawa": the name goes on after it
        given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if given is None or is_place_name(fold(given.group(1))):
            continue
        out.add(fold(text[start:end]))
    return frozenset(out)


def is_bare_surname(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether the name at ``start:end`` is one of ``surnames`` used alone (no article
    hyphened before it) and not after a locative word ("in Sadr", "near Sadr")."""
    if fold(text[start:end]) not in surnames or text[start - 1 : start] == "-":
        return False
    return not _LOCATIVE.search(text, max(0, start - _LOCATIVE_REACH), start)
