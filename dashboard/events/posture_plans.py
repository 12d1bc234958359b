"""A force posture announced for the future: the posture to come, or a threat.

CAMEO 1.1b3 §15 (exhibit force posture) codes a force shown or readied; §13 codes a threat,
"coercive or forceful warnings with serious potential repercussions", and §138 a threat of
military force. "China will hold live-fire drills next week", "the navy will step up patrols
off the coast" and "Interpol will send more officers to help the inquiry" warn no one: they
are the exercise, the patrols and the police mobilised, still to come (ACE 2005 tense Future),
not a threat. A police deployment (§151, §153) is no military force at all, so it can never
be §138's threat of it. A condition ("unless the strikes stop", "if NATO expands") still makes
a threat: ``governing.py`` reads it before this.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import word_class
from dashboard.events.state_destination import names_country
from dashboard.events.trigger import Trigger

# §151 increase police alert status, §153 mobilize or increase police power
_POLICE_POSTURE = frozenset({"151", "153"})


def _exercise(p: Parse, gov: Trigger) -> bool:
    """Does ``gov``'s span name an exercise (classes.csv ``EXERCISE``: drills, manoeuvres,
    war games; cameo.csv's "live-fire")?"""
    exercise = word_class("EXERCISE")
    # "drilling" is the rig's work ("will use urban drilling rigs"), not an exercise
    return any(
        (t.keys & exercise and not t.lower.endswith("ing")) or t.lower.startswith("live-fire")
        for t in p.tokens
        if gov.start <= t.start < gov.end
    )


def _patrols_near_no_state(p: Parse, gov: Trigger) -> bool:
    """Does ``gov``'s span name patrols (classes.csv ``PATROL``) with no country named after
    the patrol word in the sentence? Patrols "near Taiwan" show force to that state, a
    threat to it (§138, as the project kept it: lead48); patrols "in the Baltic Sea" or
    "along the northern shore" show presence to no one named."""
    patrol = word_class("PATROL")
    at = next(
        (i for i, t in enumerate(p.tokens) if gov.start <= t.start < gov.end and t.keys & patrol),
        None,
    )
    if at is None:
        return False
    return not any(names_country(p.tokens, k) for k in range(at + 1, len(p.tokens)))


def posture_to_come(p: Parse, gov: Trigger, code: str) -> bool:
    """Is ``gov``, an intent coded ``code`` (its actor says it will act), a force posture
    announced for later rather than a threat? True for police mobilised or alerted
    (§151, §153: "the city said it would deploy extra police to help with the crowds")
    and for a §150 show of power by exercises or patrols ("Seoul said its navy would
    increase patrols near the islands"); False for any other code, so troops mobilised
    (§154) or force vowed (§19) stay threats. The caller has ruled out a condition."""
    if code[:3] in _POLICE_POSTURE:
        return True
    return code == "150" and (_exercise(p, gov) or _patrols_near_no_state(p, gov))
