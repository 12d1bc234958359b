"""Polarity, modality and re-coding of a matched trigger, in the sense of ACE's event annotation.

- ``negated``: a negation before the verb ("did not fire", "never fought", "no clashes were
  reported") or a negating verb above it ("denied that", "failed to", "refrained from").
- ``hypothetical``: speculation by others ("analysts said the army could invade", "officials
  fear militants may attack") or an event inside a condition ("if talks collapse").
- ``planned``: scheduled events ("were expected to take part", "is due to visit").
- A stated future act is itself an event (CAMEO 1.1b3 §03, §13): "will give aid" is 033, "will
  attack if…" 138; a governor re-codes its complement: "urged X to release" 0253 (``embed.csv``).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, Match
from dashboard.events.verb_flags import window_flags

FLAGS = ("negated", "hypothetical", "planned")
COOPERATION = ("04", "05", "06", "07", "08", "09")  # a promise of these is 03
_CONFLICT = ("14", "15", "16", "17", "18", "19", "20")  # a promise of these is a threat, 13


def recode(governor: str, code: str, lex: Lexicon) -> str:
    """The code of ``governor`` ("02", "03", "10", "12", "13") over a complement coded ``code``.

    >>> recode("02", "0841", load())  # appeal for the release of persons
    '0253'
    """
    if governor in ("03", "03v") and code[:2] in _CONFLICT:
        governor = "13"  # a vow to attack is a threat, not an intent to cooperate
    governor = governor.rstrip("v")
    for n in range(len(code), 1, -1):
        hit = lex.embed.get((governor, code[:n]))
        if hit:
            return hit
    return governor + "0"


def intent_code(code: str, lex: Lexicon) -> str:
    """A future act stated by its actor: intent to cooperate (03) or a threat (13)."""
    if code[:2] in COOPERATION:
        return recode("03", code, lex)
    if code[:2] in _CONFLICT:
        return recode("13", code, lex)
    return code


def local_flags(p: Parse, m: Match, lex: Lexicon) -> set[str]:
    """Flags of a trigger that is not the governing verb: cues just before it in its clause."""
    start = p.opening(m.first)
    flags = window_flags(p.tokens, max(start, m.first - 3), m.first, lex)
    if p.kind(m.first) == "cond":
        flags.add("hypothetical")
    return flags


def public(flags: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The flags the event record carries, in a fixed order."""
    return tuple(f for f in FLAGS if f in flags)
