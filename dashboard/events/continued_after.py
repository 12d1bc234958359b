"""A main clause told as continuing ("recovered hundreds more bodies", "continued to search")
before an "after" clause with a sudden happening: that happening came before the day, not on
it.

``date_reckoning._told_after`` dates a sudden happening (a hazard, an act of force, a riot)
told in an "after" clause on the main clause's day, since news tells what it set off at once
("took cover on Thursday after North Korea fired a missile"). A main act told with "more",
"further", "still" or "continued" is one more of a series that began earlier (Quirk et al.
1985 §6.58 and §8.78: additive "more" and continuative "still" presuppose earlier instances),
so what set the series off lies before the day: TimeML's BEFORE with no day given, the week up
to it ("Rescuers recovered more bodies on Wednesday after two dams collapsed").
"""

from __future__ import annotations

import re

# "more" as more of a series, not a comparison of counts ("more than 20 people")
# and a search for the missing, the survivors or the bodies ("searched for dozens of missing
# people on Sunday after floods tore through"): it presupposes the happening that left them
# missing, on that day or before (WordNet 3.0, missing adj. 'not able to be found')
_CONTINUED = re.compile(
    r"\b(?:more|further)\b(?!\s+than\b)|\bstill\b|\bcontinu(?:e|es|ed|ing)\b"
    r"|\bsearch(?:ed|es|ing)?\s+(?:for\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:missing|survivors|victims|bodies|the\s+dead)\b",
    re.IGNORECASE,
)


def continued_before(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, the main clause before the "after" word, tells its act as one
    more of a series: "hundreds more bodies", "still searching", "continued to search".
    "More than 20 people were killed" is a count and tells none."""
    return _CONTINUED.search(text, start, end) is not None
