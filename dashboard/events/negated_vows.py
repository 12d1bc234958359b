"""A vow of what one will not do: "vowed not to resign", "pledged never to lay down its arms".

CAMEO 1.1b3 §03 codes an intent to cooperate ("offer, promise, agree to, or otherwise indicate
willingness or commitment to cooperate"); a vow not to yield is its converse, a refusal
(§12: "vowed not to resign" refuses a change of leadership, §1231; "never to lay down its
arms" refuses to de-escalate, §1246; "not to negotiate" rejects talks, §125). The negation
sits between the vow and its complement, so the complement trigger does not carry it and the
vow was read as its own promise (§0341 for "vowed not to resign"). A vow not to do an act the
lexicon does not name ("vowed not to return the islands") is no cooperation either, and names
no refusal the reader can code: no event.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.trigger import Trigger

_NOT = frozenset({"not", "never", "n't"})
_ONLY = "only"  # "vowed not only to rebuild but to …": no negation of the vow's content
# the words between a vow and the negation of its complement: "vowed that it would never"
_GAP = 5


def _negation_at(p: Parse, start: int, stop: int) -> bool:
    """Is there a "not", "never" or "n't" among ``p.tokens[start:stop]`` (not "not only")?"""
    tokens = p.tokens
    return any(
        tokens[k].lower in _NOT and (k + 1 >= len(tokens) or tokens[k + 1].lower != _ONLY)
        for k in range(start, min(stop, len(tokens)))
    )


def vowed_not(p: Parse, gov: Trigger, comp: Trigger) -> bool:
    """Does a negation stand between the vow ``gov`` and its complement ``comp`` ("vowed
    not to resign", "pledged that it would never negotiate")? Raises nothing."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    ends = {t.end: i for i, t in enumerate(p.tokens)}
    first, last = ends.get(gov.end), starts.get(comp.start)
    if first is None or last is None or last - first - 1 > _GAP:
        return False
    return _negation_at(p, first + 1, last)


def vowed_not_unnamed(p: Parse, m: Match, matches: list[Match]) -> bool:
    """Is ``m`` a §03 vow whose "not to" or "never to" complement names no act the lexicon
    matches before the clause ends ("vowed not to return the islands")? Such a vow codes
    nothing (module docstring). Raises nothing."""
    if m.rule.embeds != "03":
        return False
    tokens = p.tokens
    k = m.last + 1
    if k + 1 >= len(tokens) or tokens[k].lower not in _NOT or tokens[k + 1].lower != "to":
        return False
    end = next((j for j in range(k, len(tokens)) if tokens[j].boundary), len(tokens))
    return not any(k < o.first < end for o in matches if o is not m)
