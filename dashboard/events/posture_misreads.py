"""Matches of CAMEO 1.1b3 §15 (exhibit force posture) that show no force toward anyone.

- ``weather_alert``: "The weather service issued a red alert" matches §152 (increase military
  alert status), but a colour-coded warning in a sentence about weather is a forecaster's.
- ``troops_sending``: "The king ordered the armed forces to send rescue teams" matches the
  §154 row "@TROOPS * send" (written for the passive, "troops were sent"), but there the
  forces are the infinitive's subject (Quirk et al. 1985 §16.36: "order X to do" makes X the
  doer) and what they send is named after the verb: rescuers or aid, no force moved.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# the §154 passive row's verbs that take what is sent as their object
_SENDING = frozenset("send dispatch rush fly".split())
# what forces send that is relief, no force: rescuers, medics, aid (CAMEO 1.1b3 §073, provide
# humanitarian aid, names "rescue teams" and "medical supplies")
_RELIEF = frozenset(
    "rescue rescuers rescuer relief aid humanitarian medical medics doctors hospital hospitals "
    "food water tents blankets supplies firefighters search".split()
)
# words after the verb that name the force itself sent on ("to send troops"): a §154 of its own
_NO_OBJECT = frozenset("to into toward towards by from in".split())


def posture_misread(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return weather_alert(p, m) or troops_sending(p, m)


def weather_alert(p: Parse, m: Match) -> bool:
    """Is ``m`` a §152 alert ("issued a red alert", "on high alert") in a sentence about
    weather (``classes.csv`` ``WEATHER``: "the meteorological agency", "heavy rain") that
    names no force put on alert (``TROOPS``) or no hostile force beside it: no weapon,
    attack, drill or launch (``ARMS``, ``ATTACK``, ``EXERCISE``, ``LAUNCHED``)? Colour-coded
    warnings are a weather service's (WMO Common Alerting Protocol; Meteoalarm's yellow,
    orange and red), "a red alert for heavy rain as North Korea fired missiles" too; troops
    put on alert as a typhoon nears are readied for the hazard, against no one, while CAMEO
    1.1b3 §152 (increase military alert status, in §15 exhibit force posture) is force shown
    toward another side. "put troops on alert amid a typhoon as North Korea fired missiles"
    names both and stays."""
    if not m.rule.code.startswith("152"):
        return False
    keys = frozenset().union(*(t.keys for t in p.tokens))
    if not keys & word_class("WEATHER"):
        return False
    if not keys & word_class("TROOPS"):
        return True
    return not any(keys & word_class(c) for c in _HOSTILE)


# the classes.csv rows whose words name a side's force or its use (a weapon, an attack, a
# drill, a launch): an alert beside one of them faces that side, not the weather
_HOSTILE = ("ARMS", "ATTACK", "EXERCISE", "LAUNCHED")


def troops_sending(p: Parse, m: Match) -> bool:
    """Is ``m`` a §153 or §154 match over "@TROOPS to send X" whose X names no force ("ordered the
    army to send rescue teams to the province", "the forces to fly aid in")? "Troops were
    sent to the border" (a passive), "ordered troops to deploy" (no sending verb) and "told
    the navy to send warships" (a force sent: TROOPS) keep theirs."""
    if not m.rule.code.startswith(("153", "154")):  # police or armed forces sent
        return False
    tokens, troops = p.tokens, word_class("TROOPS")
    for j in range(max(m.first, 1), min(m.last, len(tokens) - 2) + 1):
        if tokens[j].lower != "to" or not tokens[j + 1].keys & _SENDING:
            continue
        if not tokens[j - 1].keys & troops:
            continue
        after = tokens[j + 2 : j + 6]
        if not after or after[0].lower in _NO_OBJECT or after[0].boundary:
            return False
        if any(t.keys & troops for t in after):
            return False
        return any(t.lower in _RELIEF for t in after)  # rescuers or aid, not "assault teams"
    return False
