"""Lexicon matches a sentence tells aside from its main act, read as no act of their own
(the cue words are data: ``data/lexicon/aside_told_cues.csv``, a source per row).

- ``prior_relative``: "handing a victory to farmers who had blocked roads for two weeks":
  the relative clause's act is its antecedent's (Quirk et al. 1985 17.8), told in the past
  perfect with a "for"-phrase of duration (8.57): a span before the main clause's day, not
  an act of that day, and not the main clause's actor's.
- ``perceived``: "the captain is heard asking the co-pilot why": a verb of perception with a
  gerund-participial complement (Huddleston and Pullum 2002 ch.14 §5.2) reports a remark
  taken in from a recording, of the moment it was made, not a new appeal of the article's
  week; only speech roots (CAMEO 01-05, 10-13), whose day is the remark's.
- ``goal``: "the suspect walked up to a police patrol": a §15 noun governed by a
  preposition of destination (Quirk et al. 1985 9.15) is where someone went, no show of
  force.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import role_words
from dashboard.events.trigger import Trigger

_CUES = "aside_told_cues.csv"
_SPEECH = ("01", "02", "03", "04", "05", "10", "11", "12", "13")
_CLAUSE_END = re.compile(r"[,;.:]|\s[—–]\s")


@cache
def _pattern(role: str, template: str) -> re.Pattern[str]:
    """``template`` with ``{w}`` set to the cue words of ``role``, compiled ignoring case."""
    return re.compile(template.replace("{w}", role_words(_CUES, role)), re.IGNORECASE)


def _prior_relative(sent: str, t: Trigger) -> bool:
    """A past-perfect verb opening a relative clause on a preposition's noun and a duration
    after it in the clause ("to farmers who had blocked roads for two weeks" -> True)."""
    rel = _pattern("relative", r"\b(?:{w})\s+had\s+(?:[a-z]+ly\s+|already\s+|also\s+)?$")
    opened = rel.search(sent[: t.start])
    # on a preposition's noun ("to farmers who had"), not the subject ("Protesters who had
    # marched for days reached the capital": their own march, told as the story)
    oblique = _pattern("oblique", r"\b(?:{w})\s+(?:[\w'’-]+\s+){0,3}$")
    if opened is None or not oblique.search(sent[: opened.start()]):
        return False
    rest = sent[t.end :]
    cut = _CLAUSE_END.search(rest)
    span = rest[: cut.start()] if cut else rest
    return _pattern("duration", r"\bfor\s+(?:[\w-]+\s+){0,3}?(?:{w})\b").search(span) is not None


def _perceived(sent: str, t: Trigger) -> bool:
    """A speech act in -ing after a passive verb of perception ("is heard asking")."""
    if t.code not in _SPEECH or not t.text.split()[0].lower().endswith("ing"):
        return False
    verb = _pattern("perceived", r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?(?:{w})\s+$")
    return verb.search(sent[: t.start]) is not None


def _goal(sent: str, t: Trigger) -> bool:
    """A §15 noun after a preposition of destination and its determiner ("up to a patrol")."""
    if t.code != "15" or t.text.lower().endswith(("ed", "ing")):
        return False
    goal = _pattern("goal", r"\b(?:{w})\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
    return goal.search(sent[: t.start]) is not None


def aside_told(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the acts told aside (module docstring)."""
    return [
        t for t in trigs if not (_prior_relative(sent, t) or _perceived(sent, t) or _goal(sent, t))
    ]
