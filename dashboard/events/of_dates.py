"""A date in a noun's "of" phrase dates that noun: "said the march was about the disputed
vote of 8 February".

An "of" phrase after a noun is a postmodifier of that noun (Quirk et al. 1985 §17.37-17.38,
"the events of 11 September", "the statement of 3 March"), and TimeML links a TIMEX3 inside a
noun phrase to the event nominal it modifies (TimeML Annotation Guidelines 1.2.1, TLINK
IS_INCLUDED), so the date is that noun's, not the act of the clause, whatever its precision
(``date_scope._noun_dated`` reads a month or longer after a noun's "of" phrase; this is the
date that is the "of" phrase itself). A date is never a verb's adjunct through "of" ("arrested
of Monday" is no English), so the rule needs no verb reading. A head that is itself a time
("the night of 4 May", "the end of March", "the first of May": ``of_time_heads.csv``) makes
one time expression of the two, the clause's own, and is left as it was. The trigger's own
"of" phrase ("the attack of 7 October" as the card's noun) stays its date: only a noun after
the trigger is another's.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import sourced_rows

# a determiner (or a name's genitive), at most two modifiers, the head noun, then "of" right
# before the date: "the disputed vote of ", "Kenya's election of "
_HEAD_OF = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|that|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>[a-z][a-z-]*)\s+of\s+$",
    re.IGNORECASE,
)
_REACH = 60  # characters before the date where its noun phrase may open


def of_dated(text: str, at: int, main: Trigger) -> bool:
    """Whether the date opening at ``text[at]`` is the "of" phrase of a noun after the
    trigger ``main`` (so that noun's date, not the trigger's).

    "The union said the march was about the budget vote of 4 February" gives True for the
    date when ``main`` is "march"; "Rebels attacked the town on the night of 4 May" and "the
    attack of 7 October" with "attack" as ``main`` give False."""
    m = _HEAD_OF.search(text, max(main.end, at - _REACH), at)
    if m is None or m.start("head") < main.end:
        return False
    return m["head"].lower() not in _time_heads()


@cache
def _time_heads() -> frozenset[str]:
    return frozenset(r["word"] for r in sourced_rows("of_time_heads.csv", "word"))
