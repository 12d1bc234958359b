"""A patient let go from care, read as a release of persons held.

"Trump was treated at a local hospital and released later that evening", "The senator was
released from hospital on Sunday" and "He was hospitalised and released" match CAMEO 1.1b3
§0841 (release persons), which codes persons an actor held: prisoners, hostages, detainees.
A patient discharged by doctors was held by no political actor (Merriam-Webster release v. 1a
gives "was released from the hospital" beside "release hostages": the same verb, another
holder). The care is told in the verb's own clause: a word of ``classes.csv`` ``CARE``
after "from" right after the verb, or before the verb with no clause mark between, joined to
it by a word of the ``CARE_SEQUEL`` class ("was treated … and released", "was treated …
before being released"). "The journalist was released on bail" and "freed the hostages held
at a hospital" name no care of the one released and stay.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# "released from the hospital", "discharged from intensive care": what may stand between
# "from" and the place of care
_FROM_GAP = frozenset("the a an intensive local military city".split())
# how far back a care verb may stand in the verb's clause ("was treated at a local hospital
# and released": seven words)
_REACH = 9


def released_from_care(p: Parse, m: Match) -> bool:
    """Is ``m`` a §0841 match whose freed person leaves medical care (the verb followed by
    "from" + a ``CARE`` word, or a ``CARE`` word earlier in the verb's clause joined to it by
    a ``CARE_SEQUEL`` word: "and", "before", "then")?"""
    if not m.rule.code.startswith("0841"):
        return False
    tokens = p.tokens
    care = word_class("CARE")
    k = m.last + 1
    if k < len(tokens) and tokens[k].lower == "from":
        j = k + 1
        while j < len(tokens) and tokens[j].lower in _FROM_GAP:
            j += 1
        if j < len(tokens) and tokens[j].keys & care:
            return True
    sequel = word_class("CARE_SEQUEL")
    window = []
    for j in range(m.first - 1, max(-1, m.first - _REACH - 1), -1):
        if tokens[j].boundary:
            break
        window.append(tokens[j])
    # "the hostages were held in a hospital and released": captives set free wherever they
    # were kept stay §0841
    if any(t.keys & word_class("CAPTIVE") for t in window):
        return False
    joined = False
    for t in window:
        joined = joined or t.lower in sequel
        if joined and t.keys & care:
            return True
    return False


def crowd_in_care(p: Parse, m: Match) -> bool:
    """Is ``m`` a lone §14 crowd noun ("protesters") that is the subject of a passive of
    medical care ("Dozens of protesters were treated in hospital", "two marchers were
    hospitalised", "were taken to hospital")? The clause tells what was done for people
    after a protest, not a protest: CAMEO 1.1b3 §14 codes a crowd's act, and the care is no
    act of theirs (the ``CARE`` row of ``classes.csv``). "Protesters were beaten" and
    "protesters marched" stay: the passive's verb is no care."""
    if not m.rule.code.startswith("14") or m.first != m.last:
        return False
    tokens = p.tokens
    care = word_class("CARE")
    for j in range(m.last + 1, min(len(tokens), m.last + _REACH)):
        if tokens[j].boundary:
            return False
        if "be" in tokens[j].keys:
            k = j + 1
            if k >= len(tokens) or "VBN" not in tokens[k].tags:
                return False
            after = [t for t in tokens[k + 1 : k + 4] if t.lower not in _FROM_GAP]
            to_care = len(after) > 1 and after[0].lower == "to" and bool(after[1].keys & care)
            return bool(tokens[k].keys & care) or to_care
        if j in p.verbs:
            return False
    return False
