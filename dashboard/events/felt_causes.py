"""Event nouns named as what a feeling is about, inside a cause ("a comeback driven by anger
at the neighbour's annexation threats", "amid fears of an invasion"): the feeling's object is
a grievance or a danger that explains another happening, told as background, and no act of
the sentence (CAMEO 1.1b3 codes an act told as news; FactBank: an event only feared is not
asserted)."""

from __future__ import annotations

from dashboard.events.act_contexts import context_words
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the prepositions that take what a feeling is about (Quirk et al. 1985 §16.69: adjective
# and noun complements "angry at", "fear of")
_ABOUT = frozenset("at over about of with toward towards against".split())
# what makes the feeling a cause: the agent of a participle ("driven by anger at"), or a
# circumstance ("amid fears of"), not the subject of its own clause ("Outrage over the
# bombing grew", where the bombing is the happening told)
_CAUSE = frozenset("by amid amidst".split())
# words of the feeling's noun phrase before the noun ("by growing public anger at")
_MODIFIERS = frozenset("growing widespread public popular deep rising mounting the a an".split())
_REACH = 12


def felt_cause(p: Parse, m: Match) -> bool:
    """Is ``m`` inside the object of a feeling noun (``act_contexts.csv`` ``FELT``) that stands
    after "by" or "amid" ("fuelled by fear of X's annexation threats", "amid concern over
    the shelling")? The walk back from the match stops at a clause mark or a verb. "Anger
    over the shelling grew" (the feeling a subject) and "by shelling the town" stay."""
    tokens = p.tokens
    felt = context_words("FELT")
    for k in range(m.first - 1, max(m.first - _REACH, 0), -1):
        t = tokens[k]
        if t.boundary or (k in p.verbs and t.lower not in _ABOUT and "NOUN" not in t.pos):
            return False
        if t.lower not in _ABOUT or not tokens[k - 1].keys & felt:
            continue
        j = k - 2
        while j >= 0 and tokens[j].lower in _MODIFIERS:
            j -= 1
        return j >= 0 and tokens[j].lower in _CAUSE
    return False
