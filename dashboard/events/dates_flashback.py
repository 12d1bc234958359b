"""A past-perfect flashback: an act told with "had" ("Gunmen had attacked the village in
2019") lies before the story's own time, the reference time of the simple past around it
(Reichenbach 1947, the past perfect E < R < S; TimeML reads it as BEFORE the narrative's
time). A later sentence told in the simple past ("The gunmen killed three farmers") returns
to the story's time, so it does not continue the flashback's date.
"""

from __future__ import annotations

import re

# "had attacked", "had already attacked", "had been attacked", "had not yet attacked",
# "'d attacked": the auxiliary, at most two adverbs or "been", then the verb
_HAD = re.compile(
    r"(?:\bhad|['’]d)\s+(?:(?:already|previously|earlier|also|been|not|never|just|yet|"
    r"first|once|reportedly|allegedly|twice)\s+){0,2}(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def told_in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start``..``end`` of ``text`` is a verb in the past perfect
    ("had attacked"; a trigger may run from its subject: "Gunmen had attacked"); a noun
    trigger ("the attack") or a simple past ("attacked") is not."""
    if any(start <= m.start("verb") < end for m in _HAD.finditer(text, max(0, start - 40), end)):
        return True
    # "had violated his duty by deploying troops": a means gerund after "by" is the act of
    # the past-perfect verb it modifies, at that verb's time (Quirk et al. 1985 §15.48,
    # "by" + -ing as a means adjunct)
    words = text[start:end].split()
    if not words or not words[0].lower().endswith("ing"):
        return False
    return any(
        _MEANS_GAP.fullmatch(text, m.end("verb"), start)
        for m in _HAD.finditer(text, max(0, start - 80), start)
    )


_MEANS_GAP = re.compile(r"[^.;,]*\bby\s+")


def returns_from_flashback(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether an act (trigger span ``later``) told after a past-perfect act (``earlier``)
    leaves the flashback: the earlier is in the past perfect and the later is not."""
    return told_in_past_perfect(text, *earlier) and not told_in_past_perfect(text, *later)
