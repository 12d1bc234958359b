"""An infinitive after the object of a verb of expectation or intent: "The firm expects
profit to rise in the fourth quarter", "wants the army to withdraw by Friday".

The verb takes a noun phrase and a to-infinitive (Quirk et al. 1985 §16.52, the complex
transitive complementation of "expect", "want", "intend"), so the infinitive's act is still
to come when the verb is told, as it is in "expects to hire"; the noun between the two is
the infinitive's subject, not its head, and says nothing of time.
"""

from __future__ import annotations

import re
from collections.abc import Set

from dashboard.events.dates_timetable import DETERMINERS, PRONOUNS
from dashboard.events.tokens import OBJECT_PRONOUNS, is_noun, verb_forms

# an object's own words between the verb and "to": "profit", "the army", "Israel" (NAME),
# "them"; a determiner and one noun at most, so a clause of its own is not read as one


def object_then_infinitive(tokens: list[str], i: int, intent: Set[str]) -> str | None:
    """The verb whose object stands right before "to" + ``tokens[i]``, when that verb's
    lemma is in ``intent`` and it is a verb there (no determiner before it): "expects
    profit to rise" gives "expects". None otherwise ("rejected the plan to move": "plan"
    is no object of "rejected" told with an infinitive of its own here)."""
    if i < 3:
        return None
    obj = tokens[i - 2]
    if (
        not (obj == "NAME" or obj in OBJECT_PRONOUNS or is_noun(obj))
        or obj in PRONOUNS - OBJECT_PRONOUNS
    ):
        return None
    j = i - 3
    if tokens[j] in DETERMINERS:
        j -= 1
    if j < 0 or (j > 0 and tokens[j - 1] in DETERMINERS):
        return None
    forms = verb_forms(tokens[j])
    if forms is None or forms[0] not in intent or not forms[1] & {"VBZ", "VBP", "VBD", "VB"}:
        return None
    return tokens[j]


# a preposition that orders the clause's act after a happening: the happening it names by a
# possessive day ("after Saturday's protest") is one the text reports, not a plan
_PRIOR = re.compile(r"\b(?:after|following|since)\s+$", re.IGNORECASE)


def prior_possessive(before: str, possessive: bool) -> tuple[str | None, str]:
    """The direction of a day phrase whose governing verb left it undecided, when the phrase
    is a possessive right after "after", "following" or "since" ("would not bow to pressure
    after Saturday's protest"): past, as "since" tells, and as a happening the clause's act
    follows is one already reported (TimeML: the possessive temporal anchors its noun; the
    same reading ``direction`` gives a possessive day under "would"). ``before`` is the
    sentence up to the phrase. ``(None, "")`` otherwise, as for any undecided phrase."""
    if possessive and _PRIOR.search(before[-12:]):
        return "past", "a possessive day after 'after'/'following'/'since': a happening reported"
    return None, ""
