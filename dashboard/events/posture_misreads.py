"""Matches of CAMEO 1.1b3 §15 (exhibit force posture) that show no force toward anyone.

- ``weather_alert``: "The weather service issued a red alert" matches §152 (increase military
  alert status), but a colour-coded warning in a sentence about weather is a forecaster's.
- ``troops_sending``: "The king ordered the armed forces to send rescue teams" matches the
  §154 row "@TROOPS * send" (written for the passive, "troops were sent"), but there the
  forces are the infinitive's subject (Quirk et al. 1985 §16.36: "order X to do" makes X the
  doer) and what they send is named after the verb: rescuers or aid, no force moved.
- ``hazard_alert``: "Officials raised the volcano's alert to the highest level" matches §151
  (increase police alert status), but an alert in a sentence about a natural hazard is the
  hazard's warning level, the weather alert's kin.
- ``relief_deployed``: "ordered all available resources to be deployed to flood-hit areas"
  matches the bare §154 row "deploy", but what is deployed is relief, no armed force.
- ``relief_craft``: "Romania sent firefighting aircraft" matches the §154 row "send * @TROOPS",
  but a firefighting aircraft is relief sent to a disaster, no force moved.
"""

from __future__ import annotations

from dashboard.events.act_contexts import context_words, sentence_names
from dashboard.events.clause_words import AUX, Parse
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
    return (
        weather_alert(p, m)
        or troops_sending(p, m)
        or hazard_alert(p, m)
        or relief_deployed(p, m)
        or relief_craft(p, m)
    )


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


def hazard_alert(p: Parse, m: Match) -> bool:
    """Is ``m`` a §151 or §152 alert in a sentence that names a natural hazard
    (``act_contexts.csv`` ``NATURAL_HAZARD``: "raised the volcano's alert", "the tsunami alert
    to the top level") and, as ``weather_alert`` asks, either no force (``TROOPS``) or no
    hostile act beside it? A volcano's or a tsunami's alert level is a hazard agency's warning
    (UNDRR Hazard Information Profiles 2021), while CAMEO 1.1b3 §151/§152 is police or military
    readiness shown toward another side. "Troops were put on alert near the volcano after
    rebels attacked a base" names a hostile act and stays."""
    if not m.rule.code.startswith(("151", "152")):
        return False
    if not sentence_names(p.tokens, "NATURAL_HAZARD"):
        return False
    keys = frozenset().union(*(t.keys for t in p.tokens))
    if not keys & word_class("TROOPS"):
        return True
    return not any(keys & word_class(c) for c in _HOSTILE)


# what a bare "deploy" may take as its thing before it ("resources to be deployed") or after
# it ("deployed rescuers"): the words up to the verb's clause mark
_THING_REACH = 4


def relief_deployed(p: Parse, m: Match) -> bool:
    """Is ``m`` a one-word §154 match ("deploy", "mobilise") whose deployed thing, the passive
    subject before it ("resources to be deployed") or the object after it ("deployed
    rescuers"), names relief (``act_contexts.csv`` ``RESOURCE``), in a sentence that names a
    natural hazard or relief and no force (``TROOPS``, ``ARMS``)? CAMEO 1.1b3 §154 codes
    armed forces mobilized; resources sent to a flood are §073's humanitarian aid. "ordered
    troops to be deployed to the border" and "mobilised reservists" stay."""
    if not m.rule.code.startswith("154") or m.first != m.last or m.rule.kind != "V":
        return False
    tokens = p.tokens
    if not (sentence_names(tokens, "NATURAL_HAZARD") or any(t.lower in _RELIEF for t in tokens)):
        return False
    force = word_class("TROOPS") | word_class("ARMS")
    if any(t.keys & force for t in tokens):
        return False
    resource = context_words("RESOURCE")
    before: list[int] = []
    k = m.first - 1
    while k >= 0 and (tokens[k].lower in AUX or tokens[k].lower in ("to", "be", "been")):
        k -= 1  # "resources to be deployed", "aid was deployed"
    before = list(range(max(k - _THING_REACH + 1, 0), k + 1))
    after = range(m.first + 1, min(m.first + 1 + _THING_REACH, len(tokens)))
    for j in (*reversed(before), *after):
        if tokens[j].boundary:
            continue
        if tokens[j].keys & resource:
            return True
    return False


def relief_craft(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 match whose last force word (``TROOPS``: "aircraft", "helicopters",
    "units") follows a word of ``classes.csv`` ``RELIEF_CRAFT`` ("firefighting aircraft",
    "rescue units", "medical teams")? Craft and crews named for relief work are disaster
    assets (UN OCHA Oslo Guidelines 2007), while CAMEO 1.1b3 §15 codes force shown toward
    another side. "sent fighter aircraft" and "sent troops to the fire zone" stay."""
    if not m.rule.code.startswith("15"):
        return False
    tokens, troops = p.tokens, word_class("TROOPS")
    heads = [k for k in range(m.first, m.last + 1) if tokens[k].keys & troops]
    if not heads or heads[-1] == 0:
        return False
    return bool(tokens[heads[-1] - 1].keys & word_class("RELIEF_CRAFT"))
