"""An act's noun named as the object of a verb of calling: the thing judged, no act told.

"The party called the verdict an outrage" and "called the incursion 'a provocation'" match
the noun rows of CAMEO 1.1b3 §116 (find guilty: "verdict") and §190 ("incursion"), but the
noun stands as the object of "call" with an object complement after it (Quirk et al. 1985
§16.44, the complex-transitive "call X Y": Y says what the speaker holds X to be). The act
the sentence tells is the speaker's judgement (§111 or §051, by what Y says), and the noun
is an act told before, by others; coding it again for the speaker makes a confident wrong
card. "called for a verdict" (an appeal) and "called off the raid" have no object complement
and stay as the lexicon reads them.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# verbs that take an object and its complement ("call", "brand", "label", "term", "dub")
_CALLING = frozenset("call brand label term dub".split())
# what may stand between the verb and the noun ("called the latest verdict")
_BEFORE_NOUN = frozenset("the this that its their his her these those latest recent".split())
# what opens an object complement right after the noun: an article or a quotation mark
_COMPLEMENT = frozenset("a an the “ \" ' ‘".split())


def judged_noun(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun row whose noun is the object of a verb of calling with a complement
    after it ("called the verdict an outrage", "branded the raid 'a crime'"), or that
    complement itself ("branded the arrest a kidnapping": what the speaker calls the act is
    a judgement of it, no second act)?"""
    if m.rule.kind != "N":
        return False
    if _complement(p, m.first):
        return True
    if m.last + 1 >= len(p.tokens):
        return False
    tokens = p.tokens
    if tokens[m.last + 1].lower not in _COMPLEMENT:
        return False
    for k in range(m.first - 1, max(-1, m.first - 4), -1):
        if tokens[k].keys & _CALLING:
            return k < m.first - 1  # "called verdicts" with no determiner is no object here
        if tokens[k].lower not in _BEFORE_NOUN:
            return False
    return False


def _complement(p: Parse, at: int) -> bool:
    """Does the noun at ``at`` stand in an object complement: a verb of calling, a
    determiner and the object's words, then "a"/"an"/"the" or a quotation mark and at most
    two modifiers before the noun ("branded the arrest a kidnapping", "called the detention
    'a political abduction'")?"""
    tokens = p.tokens
    k = at - 1
    while k >= 0 and at - k <= 3 and tokens[k].lower not in _COMPLEMENT:
        if tokens[k].boundary or k in p.verbs:
            return False
        k -= 1
    if k < 2 or tokens[k].lower not in _COMPLEMENT:
        return False
    for j in range(k - 1, max(-1, k - 5), -1):  # the object: a determiner and its words
        if tokens[j].lower in _BEFORE_NOUN:
            return j > 0 and bool(tokens[j - 1].keys & _CALLING)
        if tokens[j].boundary or j in p.verbs:
            return False
    return False
