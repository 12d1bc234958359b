"""What a rejected or denied proposition names is not its target: "Babis rejected
suggestions that he would take the Czech Republic out of the EU" rejects a suggestion, and
the Czech Republic is a word of its content, not a side the act is aimed at.

CAMEO 1.1b3 codes a rejection (root 12) or a denial (016) against the one whose proposal,
claim or accusation is rejected (§12: "reject ... proposal"; §016 "deny responsibility"): the
proposer, often unnamed ("suggestions that ..."). The actors of the "that" clause after a
propositional noun ("suggestions that", "claims that", "reports that") are what it says,
and reading one as the target gave a confident wrong side; none is better (precision first).
A claim, an accusation or an allegation is left alone: its maker is often the one its content
names as harmed ("rejected claims that its drones struck Belarus": Belarus's claim).
"""

from __future__ import annotations

import re

# the rejected act, then a propositional noun and its "that" clause, with no clause break
_CONTENT = re.compile(
    r"\b(?:suggestions?|speculation|reports?|rumou?rs?|talk|fears?|the\s+(?:notion|idea))"
    r"\s+that\b[^.;:]*$",
    re.IGNORECASE,
)
_REJECTING = ("12", "016")
_REACH = 160  # characters from the trigger to the target: one clause


def inside_rejected_content(text: str, code: str, trigger_start: int, target_start: int) -> bool:
    """Whether the target at ``target_start`` lies in the "that" clause of a propositional
    noun rejected or denied by the act of CAMEO ``code`` whose trigger opens at
    ``trigger_start`` ("rejected suggestions that he would take |the Czech Republic ...")."""
    if not code.startswith(_REJECTING) or not 0 <= target_start - trigger_start <= _REACH:
        return False
    return _CONTENT.search(text, trigger_start, target_start) is not None
