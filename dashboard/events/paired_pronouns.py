"""Two personal pronouns of different gender in one sentence that follows a sentence naming
two people: "X met Y on Monday. She later signed three accords with him." The two pronouns
stand for two different people (a pronoun of the other gender cannot take up the same one),
so they are the two people of the sentence before; which is which follows its order.

Hobbs (1978, "Resolving pronoun references", Lingua 44): the antecedent of a pronoun is
searched in the sentence before from its top, left to right, so its subject comes before its
object; Grosz, Joshi and Weinstein (1995, Centering, Computational Linguistics 21(2)): the
subject of the utterance before is its most likely continued centre. Recency alone (the last
name read) would take the object of the sentence before as the subject of this one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # actors.py calls this module: the class only for the annotations
    from dashboard.events.actors import Actor

# the sentence opens on "He" or "She" (a quotation mark may stand before it)
_OPENING = re.compile(r"^\s*[\"“]?(?P<p>He|She)\b")
# the other gender's object form: "him" after "She", "her" after "He" (Quirk et al. 1985
# §6.4, the personal pronouns' case and gender)
_OTHER = {"She": re.compile(r"\bhim\b"), "He": re.compile(r"\bher\b")}


def paired_people(sentence: str, offset: int, named: tuple[Actor, ...]) -> list[Actor]:
    """The two people ``named`` (the persons of the sentence before, in text order) as
    actors at the two pronouns of ``sentence`` (at article ``offset``), when it opens on
    "He"/"She" and holds the other gender's object pronoun; the first named is taken up by
    the opening pronoun. ``[]`` when the sentence before did not name exactly two people or
    the sentence has no such pair of pronouns."""
    people = list({a.name: a for a in sorted(named, key=lambda a: a.start)}.values())
    opening = _OPENING.match(sentence)
    if len(people) != 2 or opening is None:
        return []
    other = _OTHER[opening["p"]].search(sentence, opening.end())
    if other is None:
        return []
    first, second = people
    return [
        replace(first, start=offset + opening.start("p"), end=offset + opening.end("p")),
        replace(second, start=offset + other.start(), end=offset + other.end()),
    ]
