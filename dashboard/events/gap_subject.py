"""A phrase row whose gap runs into a subordinate clause and ends on that clause's subject:
"13 officers were killed on Sunday when protesters attacked the police station".

A row such as "kill * protester" reads its last word as the verb's object. When the gap
holds a subordinating conjunction ("when", "while", "because", …) and the word it ends on is
followed at once by a verb, that word is the subject of the subordinate clause (Quirk et al.
1985 §14.12: a subordinator opens a clause with its own subject and verb), not the object of
the first verb: the protesters attacked, they were not killed. The row is no reading of the
sentence, and the verbs are read as told ("killed", "attacked"). A row that names the
conjunction itself keeps it; "killed as many as 20 protesters who marched" ends on a noun
followed by "who", an object with a relative clause, and is kept.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match

# subordinators that open a finite clause; "as", "since", "after" and "before" are also
# prepositions ("since 2017", "after the vote") and count only when a verb follows the match
_SUBORDINATORS = frozenset(
    "when while whilst as after before because since until till once if unless though "
    "although whereas".split()
)


def gap_into_clause(p: Parse, m: Match) -> bool:
    """Does the gap of the verb row ``m`` hold a subordinator the row does not name, with
    a verb (or an auxiliary) right after the match's last word?"""
    tokens = p.tokens
    if m.rule.kind != "V" or m.first not in p.verbs or m.last + 1 >= len(tokens):
        return False
    own = frozenset(w for slot in m.rule.slots for alt in slot for word in alt for w in word)
    if not any(
        tokens[k].lower in _SUBORDINATORS and tokens[k].lower not in own
        for k in range(m.first + 1, m.last)
    ):
        return False
    nxt = m.last + 1
    return nxt in p.verbs or tokens[nxt].lower in AUX
