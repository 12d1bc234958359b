"""Who pelts whom: "Settlers pelted Palestinian farmers with stones" is an assault, not a riot.
CAMEO 1.1b3 §145 (protest violently, riot) codes "civilian demonstrations that involve
violence": missiles thrown by a crowd of demonstrators, or at the police, troops, officials
or their seats (classes.csv ``CROWD`` and ``AUTHORITY_PELTED``). Missiles thrown at other
civilians by a group that is no crowd are §180 (use unconventional violence), the root of
assaults by non-state groups on civilians.

The same holds for an attack by partisans (``crowd_force_code``): "Supporters of the ruling
party attacked students" is an assault, not a riot. A party's or a leader's supporters (classes.csv ``ADHERENT``: WordNet 3.0
supporter.n.01, follower.n.01, loyalist.n.01) are no demonstration by that name alone; when
they attack people who are no authority (classes.csv ``ASSAULTED_CIVILIANS``), the act is
their violence against civilians, CAMEO 1.1b3 §180 "use unconventional violence", the root
``pelting`` takes for civilians pelted by a group that is no crowd of demonstrators.
Protesters, rioters or a mob attacking, and supporters storming a building or attacking the
police, stay a riot.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_PELT = frozenset({"pelt", "stone"})
# demonstrators named by the riot rows' own words, beside classes.csv ``CROWD``
_DEMONSTRATORS = frozenset("protester demonstrator rioter supporter marcher activist fan".split())


def pelted_civilians(p: Parse, m: Match) -> bool:
    """Is ``m`` an active "pelt(ed) … with" whose subject names no crowd and whose object,
    up to "with", names no police, troops, official or their seat ("Settlers pelted
    Palestinian shepherds with rocks")?

    A passive ("were pelted with stones by protesters") is left to its own row."""
    tokens = p.tokens
    if not tokens[m.first].keys & _PELT or m.first not in p.verbs:
        return False
    crowd = word_class("CROWD") | _DEMONSTRATORS
    if any(t.keys & crowd for t in tokens[p.opening(m.first) : m.first]):
        return False
    end = next((k for k in range(m.first + 1, m.last + 1) if tokens[k].lower == "with"), m.last)
    return not any(t.keys & word_class("AUTHORITY_PELTED") for t in tokens[m.first + 1 : end])


RIOT = "145"
ASSAULT = "180"
# the verbs of harm done to a person among recoding.FORCED_ENTRY (WordNet 3.0 attack.v.01,
# assault.v.01 "attack someone physically or emotionally", beat.v.02)
_HARM_PERSON = frozenset({"attack", "assault", "beat"})
# demonstrators by name: their violence is a riot whoever they hit (CAMEO 1.1b3 §145)
_DEMONSTRATORS = frozenset("protester demonstrator rioter marcher mob crowd".split())
# words that end the verb's object: a place, a time or a means follows
_OBJECT_END = frozenset("in on at with during near after before outside inside".split())


def crowd_force_code(p: Parse, m: Match) -> str:
    """The code of a crowd's forced entry or attack ``m`` (one ``recoding._crowd_entry``
    matched): ``"180"`` when its subject names supporters and no demonstrators and its
    object, up to a preposition or clause boundary, names civilians and no authority
    ("Loyalists of the governor attacked reporters in the square"); else ``"145"``."""
    tokens, k = p.tokens, m.first
    if not tokens[k].keys & _HARM_PERSON:
        return RIOT
    subject = tokens[p.opening(k) : k]
    crowd = word_class("CROWD") | _DEMONSTRATORS
    if any(t.keys & crowd for t in subject):
        return RIOT
    if not any(t.keys & word_class("ADHERENT") for t in subject):
        return RIOT
    aimed = []
    for t in tokens[k + 1 :]:
        if t.boundary or t.lower in _OBJECT_END:
            break
        aimed.append(t)
    if any(t.keys & word_class("AUTHORITY_PELTED") for t in aimed):
        return RIOT
    civilians = word_class("ASSAULTED_CIVILIANS")
    return ASSAULT if any(t.keys & civilians for t in aimed) else RIOT
