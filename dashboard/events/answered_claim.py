"""The sides of a claim answered in an appositive: "Lima said the count was forged, a claim
Quito dismissed as meddling".

The noun phrase set off by a comma after a clause restates that clause (Quirk et al. 1985
§17.65, appositive summing up the clause: "a claim" is what the first clause said), and the
reduced relative after its noun has a subject of its own ("Quito dismissed [it]", §17.15
contact clause). So the §016 denial the lexicon reads there (cameo.csv: "a claim ... dismiss")
is done by that subject, and it answers the one who made the claim: the clause's own side
before the comma. CAMEO 1.1b3 ch. 2 codes the source as the one who acts, the target as the
one acted upon. A capital named as that subject stands for its state (``capital_actors``).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.drafts import _Draft, _Sent
from dashboard.events.sides import _capitals
from dashboard.model import Mention

DENY = "016"  # CAMEO 1.1b3 §016 deny responsibility
# the trigger as cameo.csv's noun row matches it: an article, the noun, the subject, the verb
_SHAPE = re.compile(r"(?:an?|the)\s+\S+\s+(?P<subject>.+?)\s+\S+", re.IGNORECASE)

Sides = tuple[Actor | None, Actor | None]


def _state(m: Mention) -> Actor | None:
    """The state a country or its capital named at ``m`` stands for, as an actor."""
    p = m.place
    if p is None or p.country_code is None:
        return None
    if p.kind != "country" and _capitals().get(p.country_code, "").lower() != p.name.lower():
        return None
    return Actor(m.text, "country", p.country_code, m.start, m.end)


def _named_in(lo: int, hi: int, pool: list[Actor], mentions: list[Mention]) -> Actor | None:
    """The first actor, country or capital named between ``lo`` and ``hi``."""
    inside = [a for a in pool if lo <= a.start and a.end <= hi]
    if inside:
        return inside[0]
    states = [_state(m) for m in mentions if lo <= m.start and m.end <= hi]
    return next((a for a in states if a is not None), None)


def answered_claim_sides(
    text: str, d: _Draft, sentence_start: int, actors: list[Actor], sent: _Sent
) -> Sides:
    """(source, target) of a §016 denial told as ", a claim X dismissed": X the source, the
    claimant (the draft's source before the comma, else the first side named in the sentence
    before it) the target; the draft's sides unchanged when its trigger has not that shape or
    no side is named in it. ``actors`` and ``sent``: the sentence's actors and mentions.

    Example: in "Lima said the count was forged, a claim Quito dismissed as meddling." the
    denial's sides are (Quito, Lima)."""
    trig, sides = d.trigger, (d.source, d.target)
    if (trig.full or trig.code) != DENY or not text[: trig.start].rstrip().endswith(","):
        return sides
    m = _SHAPE.fullmatch(trig.text)
    if m is None:
        return sides
    pool, mentions = [*actors, *sent.pool, *sent.cited], sent.mentions
    lo = trig.start + m.start("subject")
    doer = _named_in(lo, trig.start + m.end("subject"), pool, mentions)
    if doer is None:
        return sides
    source = sides[0]
    if source is None or not sentence_start <= source.start < trig.start:
        source = _named_in(sentence_start, trig.start, pool, mentions)
    if source is not None and source.country_code == doer.country_code:
        source = None  # no side answers its own claim here
    return doer, source
