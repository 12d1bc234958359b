"""A toll told with its cause in an "in" or "by" phrase: "Four people were killed in fires in
looted shops", "Two men died in the blaze" name the fire that killed, no actor's force. CAMEO
1.1b3 §18-§20 code force an actor used; a death in a fire, with no one said to have set it,
is EM-DAT's technological disaster (fire), never §190 conventional military force. The cause
nouns are data (classes.csv ``ACCIDENT``, ``HAZARD_CAUSE``), each with its source.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.dates_timetable import DETERMINERS
from dashboard.events.lexicon import Match, word_class

# the CAMEO roots of harm a mishap's toll is misread as: assault, fight, mass violence
_HARM = ("18", "19", "20")
# the prepositions of a passive's cause (Quirk et al. 1985 §9.4: "killed in the fire",
# "killed by the blaze")
CAUSE_OPENERS = frozenset({"in", "by"})
# WordNet 3.0 fire.n.03 'the act of firing weapons or artillery at an enemy': bare and
# singular after "in" ("killed in fire from the troops") the noun is gunfire as often as a blaze
_GUNFIRE_SENSE = "fire"


def cause_phrase(p: Parse, k: int) -> tuple[int, bool] | None:
    """The token index of the cause noun (classes.csv ACCIDENT, HAZARD_CAUSE) of an "in" or
    "by" phrase opening at token ``k`` ("in the fire", "by floods"), and whether a determiner
    stood before it; None when no such phrase opens there."""
    tokens = p.tokens
    if k >= len(tokens) or tokens[k].lower not in CAUSE_OPENERS:
        return None
    k, determined = k + 1, False
    while k < len(tokens) and tokens[k].lower in DETERMINERS:
        k, determined = k + 1, True
    cause = word_class("ACCIDENT") | word_class("HAZARD_CAUSE")
    if k >= len(tokens) or not tokens[k].keys & cause:
        return None
    return k, determined


def killed_in_mishap(p: Parse, m: Match, code: str, armed: frozenset[str]) -> bool:
    """Is the harm trigger ``m`` (CAMEO ``code`` §18-§20) a passive toll whose "in" or "by"
    phrase right after it names a fire, an accident or a hazard, with a determiner or in the
    plural ("were killed in fires", "killed in the blaze", "were injured in a crash")? Then
    the harm is the mishap's. "Killed in fire from the army" (a bare singular "fire" is
    gunfire as often), "killed in Israeli fire" (the word after the preposition is no cause
    noun) and any sentence naming a word of ``armed`` (a weapon or an armed actor: "killed in
    a fire the gunmen set") give False."""
    tokens = p.tokens
    if not code.startswith(_HARM) or "VBN" not in tokens[m.last].tags:
        return False
    found = cause_phrase(p, m.last + 1)
    if found is None:
        return False
    k, determined = found
    if not determined and tokens[k].lower == _GUNFIRE_SENSE:
        return False  # a bare singular "in fire" is gunfire as often as a blaze
    return not any(t.keys & armed for t in tokens)
