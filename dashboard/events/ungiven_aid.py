"""Aid matches whose subject is a fire or a facility, no giver (session 88, fix108).

``hazard_or_site_sends``: "The blaze spread to a warehouse, sending burning oil into the
river" and "The terminal supplies gas to three cities" match the §070 row
"give|send|supply * @AID" (fuel, food and supplies are aid words), but CAMEO 1.1b3 §07
codes aid one actor extends to another. A fire, explosion or leak that sends matter
somewhere is the hazard spreading, and a depot, pipeline or plant that supplies goods does
its routine work (``classes.csv`` NON_GIVER, with its dictionary senses): neither is a
giver, so the match is no act. So with §17: a fire "forcing the evacuation of 5,000
residents" coerces no one (§17 codes an actor's coercion of a target). "The government sent fuel to the depot" (the facility
after the verb) and "Firefighters sent supplies" keep §070.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token


def _participle_after_comma(tokens: list[Token], i: int) -> bool:
    """Does token ``i`` end in "-ing" right after a comma ("…, sending")?"""
    return i >= 1 and tokens[i - 1].lower == "," and tokens[i].lower.endswith("ing")


def _subject_words(p: Parse, i: int) -> list[Token]:
    """The words where the subject of the verb at ``i`` stands; for a participle that opens
    a clause after a comma ("…, sending burning fuel"), or one joined by "and" to such a
    participle ("…, sending fuel across the site and forcing …"), the main clause's words
    before its first verb: an -ing clause of result takes the main clause's subject (Quirk
    et al. 1985 §15.59, the implied subject of a supplementive clause)."""
    tokens = p.tokens
    words = [t for t in p.subject_words(i) if not t.boundary]
    if words and words[-1].lower == "and":
        first = next(k for k in range(i) if tokens[k].start == words[0].start)
        if _participle_after_comma(tokens, first):
            i, words = first, []
    if words or not _participle_after_comma(tokens, i):
        return words
    start = max((k + 1 for k in range(i) if tokens[k].text in (".", ";")), default=0)
    first_verb = min((k for k in p.verbs if start <= k < i), default=i)
    return [t for t in tokens[start:first_verb] if not t.boundary]


def hazard_or_site_sends(p: Parse, m: Match) -> bool:
    """Is ``m`` a §07 or §17 verb match whose subject's last word (its head, before the verb) is a
    NON_GIVER: a fire, blast or leak, or a depot, pipeline, plant or the like?"""
    if not m.rule.code.startswith(("07", "17")) or m.rule.kind != "V":
        return False
    words = _subject_words(p, m.first)
    return bool(words) and bool(words[-1].keys & word_class("NON_GIVER"))
