"""An act told as a gerund subject and then excluded by its predicate ("Lifting the sanctions
is not under consideration", "Releasing the prisoners is out of the question"): the speaker
turns the act down, so it is a refusal of it (CAMEO 1.1b3 §12 REJECT, "refuse or decline";
§124 "refuse to yield", §1244 "refuse to ease economic sanctions"), coded by ``embed.csv``
over the act (``modality.recode("12", ...)``), never the act itself (a lifting of sanctions,
§085, that nobody made).
"""

from __future__ import annotations

import re

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match

# the predicates that exclude their subject act: "not (being) considered", "not under
# consideration", "not on the table / agenda", "not an option", "out of the question",
# "off the table", "ruled out" (Merriam-Webster: rule out 'to make impossible, prevent';
# off the table 'no longer being considered'; out of the question 'not possible')
_EXCLUDED = re.compile(
    r"(?:is|are|was|were|remains?|remained)\s+(?:(?:still|currently|now)\s+)?"
    r"(?:(?:not|no\s+longer)\s+(?:being\s+)?(?:under\s+consideration|considered|"
    r"on\s+the\s+(?:table|agenda|cards)|an?\s+option)"
    r"|out\s+of\s+the\s+question|off\s+the\s+table|being\s+ruled\s+out|ruled\s+out)"
    r"|(?:has|have|had)\s+been\s+ruled\s+out",
    re.IGNORECASE,
)
_COPULAS = frozenset("is are was were remain remains remained has have had".split())
# what may stand before a gerund subject that opens its clause ("said lifting …",
# "that easing …"): the gerund is then still the subject
_BEFORE = frozenset("that said says told added insisted".split())
_REACH = 8  # the gerund's object: "lifting the decades-old sanctions on the country"
# the roots whose act, named by a noun, may be excluded as a gerund's is: yielding (§08,
# "a ceasefire", "withdrawal", "disarmament") and consulting (§04, "talks"); "The sanctions
# are not on the table" (§16) names a coercion, no act the speaker is asked to yield
_YIELDED_ROOTS = frozenset({"08", "04"})


def excluded_act(text: str, p: Parse, m: Match) -> bool:
    """Is ``m`` a gerund that opens its clause as its subject, followed within ``_REACH``
    words by an excluding predicate (``_EXCLUDED``)? "Easing the embargo is out of the
    question" is; "easing the embargo is under consideration" and "The sanctions are not
    on the table" (no act as subject) are not."""
    tokens = p.tokens
    first = m.first
    head = tokens[first].lower
    if m.rule.kind == "N" and m.rule.code[:2] in _YIELDED_ROOTS:
        # "A ceasefire was not on the table", "Withdrawal from Donetsk is out of the
        # question": a yielding act named by its noun is turned down the same way
        if first > 0 and tokens[first - 1].lower in ARTICLES:
            first -= 1
    elif m.rule.kind != "V" or not head.endswith("ing"):
        return False
    opens = first == p.opening(first) or (first > 0 and tokens[first - 1].lower in _BEFORE)
    if not opens:
        return False
    for k in range(m.last + 1, min(len(tokens), m.last + 1 + _REACH)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower in _COPULAS:
            return _EXCLUDED.match(text, tokens[k].start) is not None
    return False
