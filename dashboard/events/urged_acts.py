"""Acts a sentence names without telling them done: the act an "urging" participle asks for
("..., urging allies to reject the vote": only urged, CAMEO 1.1b3 §02 appeal), the act a
demand outside the governing clause asks for ("…, while groups demanded that the government
deploy more troops": only demanded, §10), and the
"meet" of places that touch ("where Laos, Myanmar and Thailand meet": a tripoint, no
meeting of parties, §04 consult).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the roots whose rows embed an asked act (embed.csv): an appeal's "urging X to VERB"
_APPEAL = "02"
# how far an appeal's object may run before its "to" ("urging Western governments to")
_OBJECT_SPAN = 6
# the roots whose rows embed a demanded act (embed.csv: 10 + 083 = 104)
_DEMAND = "10"


def urged_act(p: Parse, m: Match, matches: list[Match]) -> bool:
    """``m`` is the infinitive an "-ing" appeal asks for: "addressed the crowd, urging
    foreign governments to reject the count" only urges the rejection (CAMEO 1.1b3 §020
    appeal codes the appeal, by what is asked; the asked act is not done). The finite
    "urged X to reject" is read whole by the appeal row; a participle (Quirk et al. 1985
    §15.60, a supplementive -ing clause) is no governing verb, so its complement stood alone.

    >>> from dashboard.events.cameo import triggers
    >>> [t.full for t in triggers("He spoke on Monday, urging allies to reject the result.")][0]
    '020'
    """
    tokens = p.tokens
    for g in matches:
        if g is m or g.rule.embeds != _APPEAL or not g.rule.code.startswith(_APPEAL):
            continue
        if "VBG" not in tokens[g.first].tags or not g.last < m.first <= g.last + _OBJECT_SPAN + 4:
            continue
        # the asked act and the words of its own object ("urging governments to reject war":
        # neither the rejection nor the war is done)
        between = tokens[g.last + 1 : m.first]
        to = [k for k, t in enumerate(between) if t.lower == "to"]
        if to and to[0] <= _OBJECT_SPAN and not any(t.boundary for t in between):
            return True
    return demanded_act(p, m, matches)


def demanded_act(p: Parse, m: Match, matches: list[Match]) -> bool:
    """``m`` is the verb of a mandative "that" clause ("demanded that the government deploy
    more troops") of a demand that does not govern the sentence ("…, while groups demanded
    that …"): the act is only demanded (CAMEO 1.1b3 §10 codes the demand by what is asked;
    the asked act is not done; Quirk et al. 1985 §16.32, the mandative subjunctive). The
    governing demand ("Groups demanded that the army withdraw") is re-coded by its
    complement in ``governing`` (§10 + §08), so it is left to that reading."""
    tokens = p.tokens
    for g in matches:
        if g is m or g.rule.embeds != _DEMAND or not g.rule.code.startswith(_DEMAND):
            continue
        if g.first == p.gov or not g.last < m.first <= g.last + _OBJECT_SPAN + 2:
            continue
        if g.first not in p.verbs:
            continue  # "insisted on its demands that …": the noun is the governing verb's
        between = tokens[g.last + 1 : m.first]
        if between and between[0].lower == "that" and not any(t.boundary for t in between):
            return True
    return False


def places_meet(p: Parse, m: Match) -> bool:
    """A "meet" whose subjects are names after "where": "the hills where Laos, Myanmar and
    Thailand meet" (Merriam-Webster meet v. 1c 'to come together at a point': borders, rivers,
    roads) tells a tripoint, no meeting (CAMEO 1.1b3 §04 consult needs two parties that talk;
    a place-name list after "where" is the borders', as "where the two rivers meet")."""
    tokens = p.tokens
    if m.rule.code[:2] != "04" or not tokens[m.first].keys & {"meet", "converge", "join"}:
        return False
    k = m.first - 1
    names = 0
    while k >= 0 and (tokens[k].text[:1].isupper() or tokens[k].lower in {",", "and", "the"}):
        names += tokens[k].text[:1].isupper()
        k -= 1
    return names >= 2 and k >= 0 and tokens[k].lower == "where"
