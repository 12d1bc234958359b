"""Where the doers are based is not where they struck: "Gunmen based in Syria attacked a
Turkish border post".

A participle right after a noun is a reduced relative clause postmodifying it (Quirk et al.
1985 §17.30-31): in "Militants hiding in Afghanistan attacked a Pakistani army post" the place
tells where the subject, the attacker, keeps its base, and the act told by the main verb may be
done across a border. ACLED codes an event where it took place, so that place is the act's
only when nothing says the act was done elsewhere. Only the acts of material conflict done to
a target (CAMEO 1.1b3 roots 17-20: coerce, assault, fight, mass violence), and only a base
that is a whole country ("based in Afghanistan": the state the doers come from, as a
dateline's home) or lies in another country than the act's target ("a Turkish border post").
"Militants based in Borno attacked a village" keeps Borno: nothing sends the act elsewhere.
A victim's base ("Hamas leaders living in Qatar were targeted") is after no active verb's
subject and stays. The participles are data: ``data/lexicon/base_participles.csv``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import sourced_rows
from dashboard.events.residence import named_as_home
from dashboard.model import Mention

_ACTS_ON_TARGETS = frozenset({"17", "18", "19", "20"})
_REACH = 40  # characters before the place that may hold the participle and its preposition
# between the base and the act's verb: nothing, or an auxiliary and an adverb ("had
# reportedly attacked"); a comma or another word ends the subject's phrase
_TO_VERB = re.compile(r"\s+(?:(?:had|has|have|reportedly|also|allegedly)\s+){0,2}")


@cache
def _participle() -> re.Pattern[str]:
    """The participle and its preposition right before a place ("based in ", "operating
    from the ", "holed up in ")."""
    words = "|".join(
        sorted(
            re.escape(r["word"].strip().lower())
            for r in sourced_rows("base_participles.csv", "word")
        )
    )
    return re.compile(
        rf"\b(?:{words})(?:\s+up)?\s+(?:in|from|inside)\s+(?:the\s+)?$", re.IGNORECASE
    )


def agent_base_place(text: str, trig: Trigger, place: Mention | None, target: Actor | None) -> bool:
    """Whether ``place``, read for the act ``trig``, is where its subject is based: named in
    a participle phrase right before the act's verb ("Fighters based in Afghanistan attacked
    a checkpoint"), a whole country or in another country than ``target``'s."""
    if place is None or place.place is None or trig.code not in _ACTS_ON_TARGETS:
        return False
    # the trigger's span may open at its subject ("Gunmen based in Syria attacked"): the
    # verb is the word right after the base, inside the span
    verb = _TO_VERB.match(text, place.end)
    if verb is None or not trig.start <= verb.end() < trig.end or not text[verb.end()].islower():
        return False
    if _participle().search(text[max(0, place.start - _REACH) : place.start]) is None:
        return False
    far = target is not None and target.country_code not in (None, place.place.country_code)
    return place.place.kind == "country" or far


def named_as_base(text: str, trig: Trigger, start: int) -> bool:
    """Whether the actor named at ``start`` of ``text`` is only where the doers of ``trig``,
    an act done to a target, are based ("Fighters based in Afghanistan attacked a checkpoint,
    Pakistan said": Afghanistan is no side of the attack, so the country fallback must not
    place it there; ACLED codes where the event took place)."""
    if named_as_home(text, start):  # "who live in Canada, were convicted": a home, any act
        return True
    if trig.code not in _ACTS_ON_TARGETS or start < 0:
        return False
    return _participle().search(text[max(0, start - _REACH) : start]) is not None
