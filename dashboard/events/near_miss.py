"""A near miss told before an act ("came close to a clash", "were on the brink of war"):
the act did not happen (cues.csv ``near_miss``; FactBank: a counterfactual source reading).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, Match
from dashboard.events.verb_flags import cue_at


def came_close(p: Parse, m: Match, lex: Lexicon) -> bool:
    """A near miss (cues.csv ``near_miss``: "came close to", "were close to a") stands in the
    five words before the match, in its clause, or opens the match itself: a row's gap may
    run through the cue ("stopped short of arresting the protest leaders" read by the row
    "stop * protest"), and what one stopped short of was not done (Merriam-Webster, stop
    short of: 'to almost do something but decide not to')."""
    start = max(p.opening(m.first), m.first - 5)
    tokens = p.tokens
    cues = lex.cue("near_miss")
    # a cue stands only where its first word does (as written or a lemma, as ``cue_at``
    # reads it): one set test a word instead of every cue tried at every word (issue 15)
    firsts = frozenset(cue[0] for cue in cues)
    return any(
        cue_at(tokens, k, m.first if k < m.first else m.last + 1, cue)
        for k in range(start, m.first + 1)
        if tokens[k].lower in firsts or not firsts.isdisjoint(tokens[k].keys)
        for cue in cues
    )
