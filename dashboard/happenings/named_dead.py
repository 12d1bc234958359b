"""The people a report names as killed or targeted by its act, which tell two acts apart.

One side strikes one place on days running (Beirut's southern suburbs on 26, 27 and 28
September 2024), and an outlet's report of the second day can meet the first day's through
the rule's one-day slack (``rules.date_part``), which is there for an act at a day's edge.
A strike's target is part of what the act is: ACLED codes a targeted killing by whom it
killed, and CAMEO 1.1b3 codes an attack by its target. Two day-dated reports one day apart
that each name whom their act killed or targeted ("killed senior Hezbollah official Nabil
Kaouk", "Hassan Nasrallah was killed in Friday's strike") and no one in common tell two acts
(``told_days.next_day_apart``). On one day the cue is silent: one strike kills several named
people, and each outlet may name another of them ("Ali Karaki was also killed").

A name is two to four capitalised words (with the particles of Arabic and European names:
"Saleh al-Arouri", "Abu Bakr al-Baghdadi") that ends its noun phrase, right after a verb of
``data/lexicon/named_dead.csv`` and at most four title words ("senior Hezbollah official"),
or right before its passive ("Ali Karaki, the commander of its southern front, was killed").
A count, a preposition or a plural noun between them names no one: "killed at least 34",
"killed two Islamic State fighters", "killing six people in Gaza City".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.lexicon import sourced_rows

# particles inside a name ("al-Arouri", "bin Laden", "van der Berg")
_PARTICLE = r"(?:al|el|bin|ibn|abu|de|da|van|von|der|la|le|du)"
_CAP = r"(?-i:[A-Z][\w'’]*(?:-(?-i:[A-Z])[\w'’]*)?)"
_WORD = rf"(?:{_CAP}|{_PARTICLE}-{_CAP}|{_PARTICLE})"
_NAME = rf"({_CAP}(?:\s+{_WORD}){{1,3}})"
NAME = _NAME  # a name (group 1), for the patterns of ``held_facts``
# the name ends its noun phrase: punctuation or a function word follows
_ENDS = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|in|on|at|near|with|from|after|who|which|during|"
    r"while|when|as|was|were|had|has|is|the|a|an|said|late|early|overnight)\b)"
)
# a title word between the verb and the name: a lower-case noun or modifier, a capitalised
# group or country, or its possessive; never a number, an article or a preposition
_STOP = (
    r"(?:at|least|more|than|over|about|around|some|in|on|of|near|by|the|a|an|two|three|"
    r"four|five|six|dozens|hundreds|people|civilians|and|including|his|her|their|its)"
)
_TITLE = rf"(?:(?!{_STOP}\b)[a-z][\w-]*|{_CAP}(?:'s|’s)?)"
_FOLDED_PARTICLE = re.compile(rf"^{_PARTICLE}$")
# a passive's subject right after a preposition is a place's people ("residents of Gaza City
# was..." is no one's name): the name must open its clause
_AFTER_PREPOSITION = re.compile(r"\b(?:in|of|near|at|from|across|around|outside)\s*$", re.I)


@cache
def _verbs(lexicon: str, voice: str) -> str:
    # named_dead.csv has verb,voice columns; held_facts.csv word,role (``held_facts``)
    rows = sourced_rows(lexicon)
    found = sorted(
        (r.get("verb") or r["word"] for r in rows if (r.get("voice") or r.get("role")) == voice),
        key=len,
        reverse=True,
    )
    return "|".join(r"\s+".join(map(re.escape, v.split())) for v in found)


@cache
def name_patterns(
    lexicon: str = "named_dead.csv", *, determiner: bool = False
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The active and passive patterns of a name governed by the ``active`` and ``passive``
    verbs of ``data/lexicon/<lexicon>`` (group 1: the name); with ``determiner`` a "the" may
    open the active verb's object ("deported the BBC's reporter X")."""
    the = r"(?:the\s+)?" if determiner else ""
    active = re.compile(
        rf"\b(?:{_verbs(lexicon, 'active')})\s+{the}(?:{_TITLE}\s+){{0,4}}?{_NAME}{_ENDS}",
        re.IGNORECASE,
    )
    passive = re.compile(
        rf"{_NAME}(?:,[^,.;]{{1,80}},)?\s+(?:{_verbs(lexicon, 'passive')})\b", re.IGNORECASE
    )
    return active, passive


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return name_patterns()


def named_dead(sentences: Iterable[str]) -> frozenset[str]:
    """The names of the people the sentences tell killed or targeted, casefolded.

    >>> sorted(named_dead(["An Israeli strike killed senior Hezbollah official Nabil Kaouk on Saturday."]))
    ['nabil kaouk']
    >>> sorted(named_dead(["Hezbollah said Ali Karaki, the head of its southern front, was killed."]))
    ['ali karaki']
    >>> named_dead(["Missiles hit Kryvyi Rih, killing 18 people in the city."])
    frozenset()
    """
    active, passive = _patterns()
    found = set()
    for text in sentences:
        for rx in (active, passive):
            for m in rx.finditer(text):
                if rx is passive and _AFTER_PREPOSITION.search(text, 0, m.start()):
                    continue
                found.add(" ".join(m.group(1).casefold().split()))
    return frozenset(found)


def _surnames(name: str) -> set[str]:
    """The words of a name that say who it is: not its particles ("al-arouri" -> "arouri")."""
    words = set()
    for w in name.split():
        w = w.split("-")[-1] if "-" in w else w
        if not _FOLDED_PARTICLE.match(w) and len(w) > 2:
            words.add(w)
    return words


def other_dead(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports each name someone killed or targeted, and no one in common? A shared
    word of a name counts as the same person ("Nasrallah" and "Hassan Nasrallah").

    >>> other_dead(frozenset({"nabil kaouk"}), frozenset({"hassan nasrallah"}))
    True
    >>> other_dead(frozenset({"hassan nasrallah"}), frozenset({"nasrallah", "ali karaki"}))
    False
    >>> other_dead(frozenset(), frozenset({"ali karaki"}))
    False
    """
    if not a or not b:
        return False
    left = set().union(*(_surnames(n) for n in a))
    right = set().union(*(_surnames(n) for n in b))
    return not left & right
