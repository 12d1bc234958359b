"""A passive verb of holding that only says its subject event happened: "the summit was not
held", "joint patrols were not carried out".

An event noun that is the subject of "be held", "be conducted", "be staged" or "be carried
out" is the thing held (Merriam-Webster hold v. 9a 'to cause to be conducted: convene'; conduct
v. 'to direct or take part in the operation or management of'), so the verb says no more than
"took place" does, and a negated or speculated verb passes its polarity to the noun (TimeML
1.2.1 §2.1, an event's polarity set by its governing verb; ``weighing._occurs``). Found by
cameo79: "Joint exercises were not held this year" gave a done §062 card.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse

_HELD = frozenset("hold conduct stage".split())
_CARRIED = frozenset({"carry"})


def held_passive(p: Parse) -> bool:
    """Whether the governing verb is a passive of holding ("was not held", "were carried out").

    >>> from dashboard.events.clauses import parse
    >>> from dashboard.events.lexicon import load
    >>> from dashboard.events.tokens import tokenize
    >>> held_passive(parse(tokenize("The summit was not held on Monday."), load()))
    True
    >>> held_passive(parse(tokenize("The army held the town on Monday."), load()))
    False
    """
    g = p.gov
    if g is None or g == 0 or "VBN" not in p.tokens[g].tags:
        return False
    keys = p.tokens[g].keys
    out = g + 1 < len(p.tokens) and p.tokens[g + 1].lower == "out"
    held = bool(keys & _HELD) or (bool(keys & _CARRIED) and out)
    return held and any("be" in t.keys for t in p.tokens[max(0, g - 3) : g])
