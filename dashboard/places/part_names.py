"""A name read inside a longer proper name that opens with a capitalised part word.

"Upper Egypt village": "Upper Egypt" is one name (a region of Egypt), and the kind word after
it ("village") describes that whole phrase's settlement, not the name "Egypt" alone; taken as
"Egypt village", the cue turned the country into a US town of that name in every later mention
(one sense per discourse, Gale, Church and Yarowsky 1992). AP Stylebook, "compass points":
a capitalised compass or part word before a name is part of a region's proper name ("Upper
Egypt", "Northern Ireland", "Lower Saxony"); a lowercase one only describes a section.
"""

from __future__ import annotations

import re

_PART_BEFORE = re.compile(
    r"\b(?:Upper|Lower|Northern|Southern|Eastern|Western|Central|Greater|Outer|Inner)\s+$"
)


def opens_longer_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a capitalised part word ("Upper Egypt"), so the
    words after it belong to the longer name."""
    return _PART_BEFORE.search(text, max(0, start - 12), start) is not None
