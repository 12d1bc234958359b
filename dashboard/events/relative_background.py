"""An act told in a non-restrictive relative clause that describes a party of a sentence about
a state ("Eritrea, whose troops fought in Tigray, was not a party to the deal"): the clause
gives what the antecedent is known for, background with no time of its own, while the main
clause tells a state of affairs, not an occurrence.

Quirk et al. (1985, 17.22): a non-restrictive relative clause adds information about its
antecedent, outside the main clause's assertion; TimeML 1.2.1 gives such a past event no
anchor but the narrative's. The house reads precision first (``background_acts``): dated
only to the publication week, the act would be a confident wrong card, so it is no event.
An act with a day of its own in the clause ("who attacked Goma on Monday") stays.
"""

from __future__ import annotations

import re

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_RELATIVES = frozenset("who whose which".split())
# a state told by the main clause after the relative clause closes
_STATE_VERBS = frozenset("be remain".split())
_STATE_SKIP = frozenset("not also still never n't".split())
# a day, month or year named in the clause: the act has a time of its own (a count, "killed
# 200 people", is no date; a day number comes with its month, which is read)
_DATED = re.compile(
    r"^(?:(?:1[89]|20)\d\d|\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|yesterday|today|week|month|"
    r"year|since|ago)$",
    re.IGNORECASE,
)
_MAX_CLAUSE = 16  # tokens: a relative clause of one act, not a paragraph


def background_attribute(p: Parse, m: Match) -> bool:
    """Is ``m`` inside ", who/whose/which …," whose sentence goes on with a form of "be" or
    "remain" (see the module), with no date in the relative clause?"""
    tokens = p.tokens
    opened = next(
        (
            k
            for k in range(m.first - 1, max(-1, m.first - _MAX_CLAUSE), -1)
            if tokens[k].lower in _RELATIVES and k > 0 and tokens[k - 1].lower == ","
        ),
        None,
    )
    if opened is None:
        return False
    closed = next(
        (
            k
            for k in range(m.last + 1, min(len(tokens), opened + _MAX_CLAUSE))
            if tokens[k].lower == ","
        ),
        None,
    )
    if closed is None or any(t.lower == "," for t in tokens[opened : m.first]):
        return False
    if any(_DATED.match(t.lower) for t in tokens[opened:closed]):
        return False
    after = [t for t in tokens[closed + 1 : closed + 4] if t.lower not in _STATE_SKIP]
    return bool(after) and bool(after[0].keys & _STATE_VERBS)
