"""Where a "N days after X" phrase set off by commas closes, and the main clause goes on.

"Macron visited Mayotte on Thursday, five days after Cyclone Chido, and was heckled by
residents" and "A man turned himself in late on Saturday, a day after the stabbing, and was
arrested": the phrase between the commas is an adjunct of the main clause (Quirk et al.
1985, 8.13 and 17.65: an adverbial set off by commas, here after the day it places), and
", and" after its closing comma joins a second predicate to the main clause's subject
(13.46), not to the phrase's noun. So the acts after that joint are the main clause's, told
on its day; only the acts inside the phrase ("the stabbing", "Cyclone Chido") are the
phrase's own, counted from by the main clause's day.
"""

from __future__ import annotations

import re

from dashboard.events.came_after import doer_then_act
from dashboard.events.cameo import Trigger

# the phrase's closing comma and the coordinator of a second predicate after it
_CLOSE = re.compile(r",\s+(?:and|then)\s+(?=[a-z])")
_REACH = 80  # characters from the phrase's end to its closing comma: one noun phrase


def split_at_phrase(
    text: str, s: int, rel: re.Match[str] | None, acts: list[Trigger], main_end: int
) -> tuple[list[Trigger], list[Trigger]]:
    """(the main clause's acts, the "after" phrase's acts) of ``acts`` (the sentence's
    triggers above a reporting verb; offsets into ``text``, the sentence opening at ``s``),
    for a ``counted_after.RELATIVE`` match ``rel`` in the sentence that opens at
    ``main_end``. With no phrase, the acts before ``main_end`` are the main clause's and none
    is the phrase's; with a phrase that closes with ", and" before a lower-case verb within
    ``_REACH`` characters and holds no other comma, the acts after that joint are the main
    clause's too; otherwise every act after the phrase is the phrase's, as before."""
    main = [t for t in acts if t.start < main_end]
    if rel is None:
        return main, []
    after = s + rel.end()
    close = _CLOSE.search(text, after, after + _REACH)
    if close is None or "," in text[after : close.start()]:
        return main, doer_then_act(text, [t for t in acts if t.start >= after])
    phrase = [t for t in acts if after <= t.start < close.start()]
    return main + [t for t in acts if t.start >= close.end()], doer_then_act(text, phrase)
