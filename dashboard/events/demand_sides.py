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

import re
from collections.abc import Sequence
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import load
from dashboard.events.threat_sides import _speaks, speaker_before

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


# a speaking verb right before the reported clause's subject, with the clause's own
# determiner ("Muizzu said all Indian troops must leave", "the minister said that the
# Russian forces must"): the reporting clause opens here
_SAID_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:on|late\s+on)\s+\w+day\s+)?(?:that\s+)?"
    r"(?:the\s+|all\s+|any\s+|its\s+|their\s+)?$"
)
# an actor's own speaker before the verb ("India's foreign ministry said")
_OWN_SPEAKER = re.compile(r"(?:['’]s?)?(?:\s+[a-z][a-z-]+){0,2}\s+$")


def _unnamed_speaker(text: str, subject: Actor, actors: Sequence[Actor]) -> bool:
    """Is the reported clause of ``subject`` opened by a speaking verb whose subject is no
    actor the reader knows ("Muizzu said all Indian troops must leave")? Then the clause's
    subject is the one the demand is made of, not the one who makes it."""
    said = _SAID_BEFORE.search(text, max(0, subject.start - 40), subject.start)
    if said is None or said.start() == 0 or not _speaks(said["verb"]):
        return False
    verb_start = said.start()
    return not any(
        a.end <= verb_start and _OWN_SPEAKER.fullmatch(text, a.end, verb_start) for a in actors
    )


def demand_sides(
    text: str, trig: Trigger, source: Actor | None, actors: Sequence[Actor]
) -> tuple[Actor | None, Actor] | None:
    """(speaker, subject) of a demand told as the subject's necessity in a clause another
    side reports ("France said Iran must halt enrichment": France demands of Iran), or None
    when ``trig`` is no demand (§10), its source is not the clause's subject right before
    the necessity, or no speaker of another side opens the clause."""
    if not (trig.full or trig.code).startswith("10") or source is None:
        return None
    if source.end > trig.start:
        return None
    gap = text[source.end : trig.start].lower().split()
    if text[source.start : source.end] != source.name:
        # a demonym modifies the subject's head ("Indian troops must leave", "Russian
        # forces must withdraw"): the necessity follows the head noun
        gap = next((gap[i:] for i in range(3) if _opens_on_necessity(gap[i:])), gap)
    if not _opens_on_necessity(gap):
        return None
    speaker = speaker_before(text, source, actors)
    if speaker is None and _unnamed_speaker(text, source, actors):
        # "Muizzu said all Indian troops must leave": the speaker is no actor the reader
        # knows, so the demand has no named source, but India is still whom it is made of
        return None, source
    if speaker is None and _CONTENT_OPENS.search(text, max(0, source.start - 20), source.start):
        # "…, which ruled earlier this month that Venezuela must not take any action": the
        # subject of a content clause is whom the necessity binds, never the one who voices
        # it (Huddleston and Pullum 2002, ch. 11 §3), whoever that is
        return None, source
    if speaker is None or speaker.name == source.name:
        return None
    return speaker, source


# a content clause opening right before its subject ("ruled that Venezuela", "that the")
_CONTENT_OPENS = re.compile(r"\bthat\s+(?:the\s+|all\s+|any\s+|its\s+|their\s+)?$")
