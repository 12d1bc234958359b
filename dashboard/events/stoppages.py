"""A strike that stops work, told by what it stopped: "Strikes hit ports across Europe" is a
walkout (CAMEO 1.1b3 §143 conduct strike or boycott), not force, when nothing armed is named.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match

# verbs a stoppage's effect is told with (cameo.csv §143's "general strike * hit|paralyse…")
_DISRUPT = frozenset("hit paralyse paralyze cripple disrupt halt ground shut".split())
# what stops when people stop work: services and workplaces, never people or a town
_WORKPLACES = frozenset(
    "port harbour harbor airport railway rail train flight service factory plant production "
    "refinery mine school hospital transport terminal dock shipping output".split()
)
# a strike's modifiers or words of the sentence that make it an armed one
_ARMED_WORDS = frozenset(
    "air missile rocket drone artillery military israeli russian ukrainian us army bomb "
    "kill wound injure dead casualty warplane jet shell".split()
)


def stoppage_hit(p: Parse, m: Match) -> bool:
    """A verb of disruption whose subject is the bare noun "strike(s)" ("Strikes hit ports",
    "A strike disrupted flights") and whose object is a workplace or a service, in a sentence
    naming no weapon, force or casualty: the strike is work stopped (WordNet 3.0 strike n. 1
    'a group's refusal to work'), and a port's work is what a walkout halts."""
    tokens = p.tokens
    k = m.first
    if m.first != m.last or not tokens[k].keys & _DISRUPT:
        return False
    subject = [t for t in tokens[p.opening(k) : k] if t.lower not in ARTICLES]
    if len(subject) != 1 or "strike" not in subject[0].keys:
        return False
    if any(t.keys & _ARMED_WORDS for t in tokens):
        return False
    return any(t.keys & _WORKPLACES for t in tokens[k + 1 : k + 4])
