"""A copular clause whose pronoun subject is ranked among acts of its kind: "It was the
deadliest attack in the country since the 2004 bombings", "This was the worst riot in a
decade".

The pronoun points back to a happening told before, and the superlative noun phrase is its
subject complement: it characterises that happening, and tells no new one (Quirk et al.
1985 §10.16, the subject complement characterises the subject; Huddleston and Pullum 2002
ch. 13 §4.3, a superlative's domain is the set its post-head modifiers name). When no event
told before takes the sentence in, the noun has no time of its own, the comparison's dates
are the compared act's ("since the bombings of 2004"), and reading it dated on the week of
publication gives a confident wrong card: it is no event. A natural hazard so ranked keeps
its card.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.when_clauses import since_when_act

# "It was the", "This is the", "That had been the country's": a pronoun subject, a form of
# "be" and the determiner of the complement, then a superlative ("deadliest", "most violent",
# "worst"; "single deadliest"), up to two more modifiers before the head noun (the trigger)
_RANKED_COMPLEMENT = re.compile(
    r"(?:^|[.;:!?]\s+|\A\s*)(?:it|this|that)\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"(?:the|its|the\s+[a-z]+(?:'s|’s))\s+(?:single\s+)?"
    r"(?:[a-z]+est|worst|(?:most|least)\s+[a-z-]+)\s+(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def ranked_pronoun_complement(text: str, s: int, strong: list[Trigger]) -> bool:
    """Whether ``strong[0]`` heads the superlative subject complement of a pronoun opening the
    sentence at ``s`` ("It was the deadliest attack ...": True for "attack"), with no act of
    ``strong`` told in a "since DAY, when" clause, which is dated and read on its own."""
    lead = strong[0]
    if any(since_when_act(text, t.start) for t in strong):
        return False
    if lead.code.startswith("DIS-"):
        # "It was the worst flood in a century": a hazard is recorded from any mention that
        # names it (EM-DAT), and its card keeps the story's time
        return False
    return _RANKED_COMPLEMENT.match(text[s : lead.start]) is not None
