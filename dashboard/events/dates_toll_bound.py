"""A toll counted "by" a day: "At least 30 people had been killed by Wednesday".

"By" with a time names the latest point by which something holds (Merriam-Webster by prep.
4 'not later than'; TimeML 1.2.1 reads such a time as an ENDS/upper bound, no anchor of the
act). A toll verb (standing_background.csv, kind ``toll``: kill, wound, displace …) in the
perfect passive with such a bound tells a running count up to that day, no new act on it:
the killing happened on days the clause does not give, and a card dated on the bound's day
would be a confident wrong date. The draft is read as undated background and left out, as a
situation's toll ("the war has killed thousands") is; the act told elsewhere keeps its card.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import verb_forms

# "had been", "have been", "has now been" right before the participle
_PERFECT_PASSIVE = re.compile(
    r"\b(?:had|have|has)\s+(?:(?:now|already|so\s+far)\s+)?been\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_AUX_REACH = 60  # characters: "have now been repeatedly" and more fit well inside
# what may stand between the participle and "by": nothing, or a place told with "in"
_GAP = r"\s+(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?by\s+(?:(?:late|early)\s+)?"


def toll_by_bound(
    text: str, trig: Trigger, phrases: list[str | None], tolls: Collection[str]
) -> bool:
    """Whether ``trig`` (in ``text``) ends on a toll verb (a lemma of ``tolls``, the caller's
    ``standing_background.csv`` rows of kind ``toll``) in the perfect passive and every
    date phrase of its draft (``phrases``, the readings' texts) is its "by" bound right after
    it ("had been killed by Wednesday"): a running count, no act of that day. A phrase after
    "by" that is a possessive ("by Wednesday's strike") names an agent, not a bound."""
    words = trig.text.split()
    if not words or not phrases or any(not p for p in phrases):
        return False
    forms = verb_forms(words[-1].lower())
    if forms is None or "VBN" not in forms[1] or forms[0] not in tolls:
        return False
    verb_at = trig.end - len(words[-1])
    # the auxiliaries stand within a few words before the participle: not the whole article
    if _PERFECT_PASSIVE.search(text, max(0, verb_at - _AUX_REACH), verb_at) is None:
        return False
    for phrase in phrases:
        bare = re.sub(r"^by\s+", "", str(phrase), flags=re.IGNORECASE)
        bound = re.compile(rf"{_GAP}{re.escape(bare)}(?!['’]s)\b", re.IGNORECASE)
        if bound.match(text, trig.end) is None:
            return False
    return True
