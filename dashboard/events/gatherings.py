"""Two misread crowds and walkouts. A gathering told with its purpose of remembrance or
welcome ("Thousands gathered in Srebrenica to remember the massacre", "a crowd gathered to
greet the president") is no demonstration (CAMEO 1.1b3 §141 codes a rally against or for a
political cause; a commemoration or a welcome is none). Workers who "strike" stop work
(§143), also through a forecast ("Unions are projected to strike on Wednesday"), not force
(§190). The words are data: classes.csv ``COMMEMORATE``, ``GATHER_PURPOSE``, ``STRIKERS``,
``ARMED_STRIKE``, each with its source.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.crowd_welcome import welcome_gathered
from dashboard.events.gathered_kin import kin_gathered
from dashboard.events.lexicon import Lexicon, Match, word_class

# the verbs of a gathering as the §141 row names them, that a purpose may follow ("gathered
# to mourn"); "march", "rally" and "demonstrate" are a protest's own verbs and stay §141
_GATHER = frozenset("gather assemble".split())
_PURPOSE_REACH = 8  # tokens between the gathering verb and its "to" ("gathered in X to")


def gathered_otherwise(p: Parse, m: Match) -> bool:
    """Is ``m`` a §141 gathering whose purpose, a "to"-infinitive in its clause, is to
    remember or to welcome (``COMMEMORATE``, ``GATHER_PURPOSE``)? Then it is no protest.
    "Thousands gathered in Srebrenica to remember the massacre" gives True; "Thousands
    gathered in Belgrade to protest the collapse" gives False."""
    tokens = p.tokens
    if m.rule.code != "141" or not tokens[m.first].keys & _GATHER:
        return False
    purpose = word_class("COMMEMORATE") | word_class("GATHER_PURPOSE")
    end = min(len(tokens) - 1, m.last + _PURPOSE_REACH)
    occasions = word_class("GATHER_OCCASION")
    for k in range(m.last + 1, end):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "to" and tokens[k + 1].keys & purpose:
            return True
        # "had gathered for a prayer service": the occasion named by "for" and its noun
        if tokens[k].lower == "for" and any(
            t.keys & occasions for t in tokens[k + 1 : min(k + 4, len(tokens))]
        ):
            return True
    return False


_BREAK = frozenset("break broke broken breaking breaks".split())


def fast_broken(p: Parse, m: Match) -> bool:
    """Is ``m`` a §142 match on the noun "fast" that is the object of "break" ("broke their
    fast", "had broken his fast")? To break a fast is to end it (Merriam-Webster break v.
    'to end', break one's fast 'to eat for the first time after fasting'): the hunger strike's
    end, no conduct of one (CAMEO 1.1b3 §142). The end would be §082 ease political dissent,
    which needs the demand's answer; no card is better than the wrong one. "She began a
    fast on Monday" gives False."""
    tokens = p.tokens
    if m.rule.code != "142" or tokens[m.first].lower != "fast":
        return False
    before = tokens[max(0, m.first - 3) : m.first]
    return any(t.lower in _BREAK or t.keys & _BREAK for t in before)


def no_protest(p: Parse, m: Match) -> bool:
    """A §141 gathering for another purpose or of kin waiting (``gathered_kin``), or a §142
    fast broken: no protest card."""
    return gathered_otherwise(p, m) or kin_gathered(p, m) or fast_broken(p, m)


def misread_gathering(p: Parse, m: Match) -> bool:
    """``no_protest``, or a crowd's welcome read as a host's (``crowd_welcome``): no card."""
    return no_protest(p, m) or welcome_gathered(p, m)


def strikers_strike(p: Parse, m: Match, lex: Lexicon) -> Match:
    """``m``, or a §143 match over the same word when ``m`` is the bare force verb "strike"
    (§190) whose clause names strikers before it (``STRIKERS``: "unions", "teachers") in a
    sentence that names nothing armed (``ARMED_STRIKE``): "Unions are projected to strike
    nationwide on Wednesday" is a walkout (WordNet 3.0 strike v. 3 'stop work in order to
    press demands'). "Israel is expected to strike Iran" names no strikers: unchanged."""
    tokens = p.tokens
    if m.rule.code != "190" or m.first != m.last or tokens[m.first].keys.isdisjoint({"strike"}):
        return m
    if m.first not in p.verbs or any(t.keys & word_class("ARMED_STRIKE") for t in tokens):
        return m
    strikers = word_class("STRIKERS")
    if not any(t.keys & strikers for t in tokens[p.opening(m.first) : m.first]):
        return m
    walkout = next(r for r in lex.rules if r.code == "143" and r.kind == "V")
    return Match(walkout, m.first, m.last)
