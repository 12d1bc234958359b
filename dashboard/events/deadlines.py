"""A date that is a deadline's, not the act's: "gave banks until 30 July to close the accounts",
"set a deadline of Friday". TimeML (Pustejovsky et al. 2003, TimeML 1.2.1 §2.2): the date
anchors the deadline, a time the act only sets; the act itself (the sanction, the order) was
told before it and keeps its own date or none."""

from __future__ import annotations

import re

# a giving or setting verb, its object, then "until"/"till"/"by" right before the date;
# or the noun "deadline" itself ("a deadline of Friday", "the deadline, 1 March")
_DEADLINE = re.compile(
    r"\b(?:give|gave|given|gives|giving|grant|granted|grants|set|sets|setting|allow|allowed|allows)"
    r"\b[^,.;]{0,40}?\b(?:until|till|by)\s+(?:the\s+)?$|\bdeadline\s+(?:of\s+|is\s+|was\s+)?$",
    re.IGNORECASE,
)


def deadline_date(text: str, at: int) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` is a deadline's."""
    return _DEADLINE.search(text, max(0, at - 60), at) is not None
