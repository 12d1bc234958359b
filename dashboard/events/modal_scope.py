"""What a warning's "that" clause tells: the mood of its own main predicate, not of a relative
clause inside its subject.

"The general warned that troops who would cross the line would be shot": the warning's
complement is "troops … would be shot"; "who would cross the line" is a relative clause on
its subject, a clause of its own (Huddleston and Pullum 2002, ch. 12 §3), and its modal
scopes over that clause only (Quirk et al. 1985 §4.49 ff.: a modal heads its own verb
phrase). A threat (CAMEO 1.1b3 §13) names an act its source says will come; a warning whose
main predicate tells a past or present fact ("warned that troops had crossed the line")
threatens nothing and is a comment (§012, as ``verbal.forecast`` codes "warned that the
economy faced a recession").
"""

from __future__ import annotations

from dashboard.events.clause_words import _ADVERBS, AUX, MODALS, Parse
from dashboard.events.lexicon import word_class

# "is going to", "are about to", "plan to": a future told without a modal
_FUTURE_WORDS = frozenset("going about to if unless".split())


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def warned_predicate(p: Parse, gov: int) -> int | None:
    """The first verb of the main predicate of the "that" clause after a warning at ``gov``
    ("warned that …"), past any relative clause on its subject; None when ``gov`` is no
    warning with a "that" clause."""
    tokens = p.tokens
    if "warn" not in tokens[gov].keys:
        return None
    that = gov + 1
    # "warned on Monday that …": a day told between the verb and its clause
    if (
        that + 2 < len(tokens)
        and tokens[that].lower in ("on", "late", "early")
        and (tokens[that + 1].text[:1].isupper() or tokens[that + 1].lower in _DAY_WORDS)
    ):
        that += 2
    if that >= len(tokens) or tokens[that].lower != "that":
        return None
    for k in range(that + 1, min(len(tokens), that + 29)):
        if tokens[k].boundary and tokens[k].text != ",":
            return None
        if k in p.verbs and p.kind(k) != "rel":
            # the group opens at its operator ("it would retaliate"): back over auxiliaries
            while k - 1 > that and (tokens[k - 1].lower in AUX or tokens[k - 1].lower in _ADVERBS):
                k -= 1
            return k
    return None


def told_as_fact(p: Parse, k: int) -> bool:
    """The verb group that opens at ``k`` has no modal and no future phrase: it tells what
    happened or is happening ("had crossed", "crossed", "are massing")."""
    tokens = p.tokens
    j = k
    while j < len(tokens) and (
        j in p.verbs or tokens[j].lower in AUX or tokens[j].lower in _ADVERBS
    ):
        if tokens[j].lower in MODALS or tokens[j].lower in _FUTURE_WORDS:
            return False
        j += 1
    # "are ready to strike", "were poised to cross": a readiness, not a fact
    return not any(t.lower == "to" for t in tokens[j : j + 2])


def relief_warner(p: Parse, gov: int) -> bool:
    """Is the subject of the warning at ``gov`` an aid or relief body ("Aid groups warned that
    the offensive would trigger a catastrophe", classes.csv ``RELIEF_BODY``)? It threatens
    nothing of its own: a foreseen harm is a pessimistic comment (CAMEO 1.1b3 §012), not a
    threat (§13, an act the source says it will do)."""
    tokens = p.tokens
    if "warn" not in tokens[gov].keys:
        return False
    relief = word_class("RELIEF_BODY")
    return any(t.keys & relief for t in tokens[p.opening(gov) : gov])
