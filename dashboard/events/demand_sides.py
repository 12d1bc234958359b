"""Who demands of whom when a demand is reported as another party's necessity.

"Germany said Russia must withdraw from Ukraine": the content clause's subject is the one
who must act, and the one who says so makes the demand. CAMEO 1.1b3 §10 (demand) codes
the demander as the source and the party the demand is made of as the target, so the
speaker of the reported clause is the source and the clause's subject the target
(Huddleston and Pullum 2002, ch. 11 §3: the reporting verb's subject says the content
clause). Read from the clause's subject on, the subject would be the source of its own
withdrawal and the place it withdraws from its target.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import load
from dashboard.events.threat_sides import speaker_before

# "be" in a cue ("be obliged to") stands for its finite forms
_BE = frozenset({"be", "is", "are", "was", "were"})
# words that may stand inside the necessity before the act: "must now withdraw",
# "must immediately halt", "must not", "must not try to (change)": an attempt verb and its
# "to" before the act keep the demand the speaker's
_GAP_WORDS = 3


@cache
def _necessities() -> tuple[tuple[str, ...], ...]:
    """The ``demand`` cues of ``cues.csv`` (must, should, has to, ought to, …), as words."""
    return load().cue("demand")


def _opens_on_necessity(words: list[str]) -> bool:
    """Do ``words`` (what stands between the clause's subject and its act) open on a
    necessity cue, with at most ``_GAP_WORDS`` more words after it?"""
    for cue in _necessities():
        n = len(cue)
        if len(words) < n or len(words) > n + _GAP_WORDS:
            continue
        if all(w == c or (c == "be" and w in _BE) for w, c in zip(words, cue, strict=False)):
            return True
    return False


def demand_sides(
    text: str, trig: Trigger, source: Actor | None, actors: Sequence[Actor]
) -> tuple[Actor, Actor] | None:
    """(speaker, subject) of a demand told as the subject's necessity in a clause another
    side reports ("France said Iran must halt enrichment": France demands of Iran), or None
    when ``trig`` is no demand (§10), its source is not the clause's subject right before
    the necessity, or no speaker of another side opens the clause."""
    if not (trig.full or trig.code).startswith("10") or source is None:
        return None
    if source.end > trig.start:
        return None
    gap = text[source.end : trig.start].lower().split()
    if not _opens_on_necessity(gap):
        return None
    speaker = speaker_before(text, source, actors)
    if speaker is None or speaker.name == source.name:
        return None
    return speaker, source
