"""A co-actor named after "along with" or "together with": a side, but not the one the
sentence's subject names.

"Kenya, along with Tanzania, deployed troops" and "Japan together with Australia condemned
the launch" make Kenya and Japan the clauses' subjects; the phrase adds a partner to the
subject (Quirk et al. 1985 §10.38: "along with", "together with" are additive adjuncts, and
the verb agrees with the first noun, "Kenya, along with Tanzania, has ..."). CAMEO 1.1b3
codes the subject as the source; the partner is never the source in its place, nor the
target ("voted against it along with Israel").
"""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated

# gated by "along"/"together": asked before every named actor, it seldom matches (issue 15)
_ADDED_BEFORE = gated(r"\b(?:along|together)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def co_actor(text: str, start: int) -> bool:
    """Is the name at ``start`` the partner an "along with" / "together with" phrase adds?"""
    return _ADDED_BEFORE.search(text, max(0, start - 24), start) is not None
