"""An act feared is no act (session 89, fix111).

"Migrants, who feared being deported, hid in the forest": the deportation is what the
migrants dread, not something done (WordNet 3.0 fear v. 1 'be afraid or feel anxious or
apprehensive about a possible or probable situation or event'; FactBank 1.0, Sauri and
Pustejovsky 2009: an event under a belief predicate is held possible by its source, PS/U).
The governing verb reads "feared that …" so in a main clause; this reads the gerund after a
belief verb (cues.csv ``speculate``) in a relative or adverbial clause too, so the act is
flagged hypothetical. "were deported after they feared for their lives" names a
deportation done: "for" stands between, so it is no gerund of "feared".
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon

# "feared being deported", "feared being detained": the passive gerund's auxiliary
_PASSIVE_GERUND = frozenset({"being"})


def feared_gerund(p: Parse, i: int, lex: Lexicon) -> bool:
    """Is the trigger at ``i`` an "-ing" form, or a participle after "being", right after a
    verb of belief or fear ("feared being deported", "feared losing their homes")?"""
    tokens = p.tokens
    j = i - 1
    if j >= 0 and tokens[j].lower in _PASSIVE_GERUND:
        j -= 1
    elif "VBG" not in tokens[i].tags:
        return False
    return j >= 0 and j in p.verbs and bool(tokens[j].keys & lex.words("speculate"))
