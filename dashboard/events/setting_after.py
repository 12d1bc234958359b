"""A gathering told after "after" ("shot the mayor after a council meeting in the town of
X", "clashed with fans after a match in Lyon"): the scene of the act, not another happening
it answered. ``own_stretch`` cuts a clause at "after" because the places of what an act
answered are that happening's; a gathering the act followed at once is where its people
still were, so its place is the act's (ACLED Codebook 2023: an event is placed where it
happened)."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

# "after a government meeting", "after Friday prayers", "after the party's annual rally":
# up to three modifiers (a determiner, a possessor, adjectives or noun modifiers) before
# the gathering's noun
_PHRASE = re.compile(
    r"(?:(?:days?|hours?)\s+)?after\s+(?P<words>(?:[\w'’-]+\s+){0,3}?)(?P<noun>[a-z]+)"
    # the head noun ends the phrase: a preposition, a conjunction or punctuation follows
    # ("after a match in Lyon"), not another noun ("after the rally bombing")
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|of|near|outside|inside|with|by|for|and|when|as)\b)"
)


@cache
def _gatherings() -> frozenset[str]:
    """Nouns of ``data/lexicon/setting_gatherings.csv``. Raises ValueError naming a row with
    no source."""
    return frozenset(
        r["noun"].strip().lower() for r in sourced_rows("setting_gatherings.csv", "noun")
    )


def setting_after(text: str, start: int) -> bool:
    """Does the "after" phrase at ``start`` name a gathering (a meeting, rally, prayers, a
    match) the act followed at once? Such a phrase is the act's setting: ``own_stretch``
    keeps its place. Compare "after the strike on its consulate in Damascus", an act
    answered, whose place is its own."""
    m = _PHRASE.match(text, start)
    return m is not None and m["noun"] in _gatherings()
