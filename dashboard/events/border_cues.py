"""The neighbour across a border, named after "border with": the other side of a frontier,
not where an act at the border happened nor a party to it (a place cue of ``place_cues``).
"""

from __future__ import annotations

import re

# the neighbour across a border ("blocked the border crossing with Ukraine at Medyka",
# "closed its border with Chile"): the other side, not where the act was
BORDER_WITH = re.compile(
    r"\bborders?(?:\s+(?:crossings?|posts?|checkpoints?))?\s+with\s+(?:the\s+)?"
    # a listed neighbour after the first ("near the borders with Niger and Burkina Faso")
    r"(?-i:(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+|,?\s+and\s+)(?:the\s+)?){0,3})$",
    re.IGNORECASE,
)
